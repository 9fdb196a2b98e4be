using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Qingmeng.Identity.Operations;

namespace Qingmeng.Identity.Infrastructure;

/// <summary>
/// The RSA keys the token server signs and encrypts with. Configured keys win; Development without one generates a key
/// once and keeps it on disk so tokens survive restarts; any other environment without one refuses to start.
/// </summary>
internal static class ServerKeys
{
    private const int MinimumKeySize = 2048;

    public static RsaSecurityKey Resolve(KeyOptions configured, string settingName, string developmentFileName,
        IdentityServerOptions options, IHostEnvironment environment)
    {
        if (configured.IsConfigured)
        {
            return FromPem(configured.Pem ?? File.ReadAllText(configured.Path!), settingName);
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"No {settingName} is configured. Set {IdentityServerOptions.SectionName}:{settingName}:Pem (a PEM-encoded RSA private key, " +
                $"e.g. from a secret) or {IdentityServerOptions.SectionName}:{settingName}:Path; generated keys are for Development only.");
        }

        var directory = options.DevelopmentKeyDirectory ?? Path.Combine(environment.ContentRootPath, ".keys");
        return FromPem(LoadOrCreate(Path.Combine(directory, developmentFileName)), settingName);
    }

    private static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(MinimumKeySize);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            WriteOwnerOnly(temporary, rsa.ExportPkcs8PrivateKeyPem());
            // Two processes may race on first start: the first move wins and both use its key.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
        }
        finally
        {
            File.Delete(temporary);
        }
        return File.ReadAllText(path);
    }

    private static void WriteOwnerOnly(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        writer.Write(content);
    }

    private static RsaSecurityKey FromPem(string pem, string settingName)
    {
        // Not disposed: the key lives as long as the server that signs with it.
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException($"{IdentityServerOptions.SectionName}:{settingName} is not a PEM-encoded RSA private key.", exception);
        }
        if (rsa.KeySize < MinimumKeySize)
        {
            throw new InvalidOperationException($"{IdentityServerOptions.SectionName}:{settingName} must be at least {MinimumKeySize} bits.");
        }

        // The RFC 7638 thumbprint as key id: stable across restarts and replicas holding the same key.
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
