using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Deploy.Tests;

/// <summary>
/// The repository, kubectl (kustomize) and the offline schema validator, as eng/install-deploy-tools.sh
/// installs them. Nothing here reaches a network or a cluster.
/// </summary>
public static class DeployTools
{
    public static string Root { get; } = Qingmeng.Deploy.Generator.RepositoryFiles.FindRoot(AppContext.BaseDirectory);

    public static string ToolsDirectory => Path.Combine(Root, "deploy", "tools");

    /// <summary>The pinned kubectl when the install script had to fetch one, else the one on PATH.</summary>
    public static string Kubectl =>
        File.Exists(Path.Combine(ToolsDirectory, "bin", "kubectl")) ? Path.Combine(ToolsDirectory, "bin", "kubectl") : "kubectl";

    public static async Task<string> RenderAsync(string overlay)
    {
        var result = await RunAsync(Kubectl, ["kustomize", Path.Combine(Root, "deploy", "overlays", overlay)]);
        Assert.True(result.ExitCode == 0, $"kubectl kustomize deploy/overlays/{overlay} failed:\n{result.Error}");
        return result.Output;
    }

    /// <summary>Validates YAML documents against the Kubernetes schemas; returns the objects as JSON and the errors.</summary>
    public static async Task<Validation> ValidateAsync(string yaml)
    {
        if (!Directory.Exists(Path.Combine(ToolsDirectory, "node_modules", "kubernetes-models")))
        {
            throw new InvalidOperationException("The manifest validator is not installed: run eng/install-deploy-tools.sh.");
        }
        var result = await RunAsync("node", [Path.Combine(ToolsDirectory, "validate.mjs")], yaml);
        if (result.Output.Length == 0)
        {
            throw new InvalidOperationException($"The validator printed nothing (exit {result.ExitCode}):\n{result.Error}");
        }
        using var document = JsonDocument.Parse(result.Output);
        var objects = document.RootElement.GetProperty("objects").EnumerateArray().Select(o => o.Clone()).ToList();
        var errors = document.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(errors.Count == 0 ? 0 : 1, result.ExitCode);
        return new Validation(objects, errors);
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string fileName, IEnumerable<string> arguments, string? input = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"{fileName} is not installed: run eng/install-deploy-tools.sh.", exception);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input);
            }
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish in 2 minutes.");
            }
            return (process.ExitCode, await output, await error);
        }
    }
}

public sealed record Validation(IReadOnlyList<JsonElement> Objects, IReadOnlyList<string> Errors);
