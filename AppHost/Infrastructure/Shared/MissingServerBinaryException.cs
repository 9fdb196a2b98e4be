namespace Qingmeng.Infrastructure.LocalServers;

/// <summary>A server binary needed to run the platform locally is not installed.</summary>
public sealed class MissingServerBinaryException(string server, string lookedAt, string debianPackage)
    : InvalidOperationException(
        $"{server} was not found (looked at: {lookedAt}). Install it with `sudo apt-get install {debianPackage}` " +
        "(or run eng/install-prerequisites.sh), or point the matching Infrastructure:* setting at your installation.");
