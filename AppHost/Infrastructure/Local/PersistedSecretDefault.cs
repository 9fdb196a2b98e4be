using System.Security.Cryptography;
using Aspire.Hosting.Publishing;

namespace Qingmeng.AppHost.Infrastructure.Local;

/// <summary>
/// Default for a secret parameter: generated once and kept in a file under the data root, because
/// the local server stores the credential in its own data (initdb, RabbitMQ's database) and must
/// get the same value on every later start. Configuration (<c>Parameters:&lt;name&gt;</c>) still wins.
/// </summary>
internal sealed class PersistedSecretDefault(string filePath) : ParameterDefault
{
    // Letters and digits only: the value goes into URIs and config files unescaped.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public override string GetDefaultValue()
    {
        if (File.Exists(filePath))
        {
            return File.ReadAllText(filePath).Trim();
        }

        var secret = RandomNumberGenerator.GetString(Alphabet, 24);
        Directory.CreateDirectory(Path.GetDirectoryName(filePath)!);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(filePath, fileOptions);
        writer.Write(secret);
        return secret;
    }

    // Local servers never reach a manifest (publish mode uses containers); behave like a generated secret anyway.
    public override void WriteToManifest(ManifestPublishingContext context) =>
        new GenerateParameterDefault { MinLength = 22, Special = false }.WriteToManifest(context);
}
