using Aspire.Hosting;
using Aspire.Hosting.Testing;
using System.Diagnostics;
using System.Text;

namespace Gateway.IntegrationTests.Readme;

/// <summary>
/// Every README example runs against a fresh platform, as a reader would run it: the blocks of one README
/// in order, in one bash session that sourced <c>eng/demo.sh</c>. Each step states the status it expects and
/// checks the key fields of the answer, so a README that drifts from the platform's behaviour fails here.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReadmeExamplesTests(PlatformFixture platform)
{
    private static readonly TimeSpan ExampleTimeout = TimeSpan.FromMinutes(4);

    public static TheoryData<string> Readmes() => new(ReadmeExamples.Files);

    [Fact]
    public void Every_README_block_that_calls_the_API_is_a_runnable_example()
    {
        var unrunnable = ReadmeExamples.Files
            .SelectMany(ReadmeExamples.Blocks)
            .Where(block => block.CallsTheApi && !block.IsDemo)
            .Select(block => $"{block.Readme}:{block.Line} ({block.Info})")
            .ToList();

        Assert.True(unrunnable.Count == 0,
            $"These blocks call the API but are not marked ```{ReadmeExamples.DemoInfoString}, so nothing checks them: "
            + string.Join(", ", unrunnable));
    }

    [Theory]
    [MemberData(nameof(Readmes))]
    public async Task README_examples_answer_as_documented(string readme)
    {
        var blocks = ReadmeExamples.Blocks(readme).Where(block => block.IsDemo).ToList();
        Assert.NotEmpty(blocks);

        var script = new StringBuilder("set -euo pipefail\nsource eng/demo.sh\n");
        foreach (var block in blocks)
        {
            // Each block's first failing line is reported with the README line it came from.
            script.AppendLine($"echo '--- {readme}:{block.Line}'");
            script.AppendLine(block.Text);
        }

        var (exitCode, output) = await RunBashAsync(script.ToString());

        Assert.True(exitCode == 0, $"{readme}: an example did not answer as documented (exit {exitCode}):\n{output}");
    }

    private async Task<(int ExitCode, string Output)> RunBashAsync(string script)
    {
        var gateway = platform.App.GetEndpoint("gateway", "http").ToString().TrimEnd('/');
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = ReadmeExamples.RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment["GATEWAY"] = gateway;
        foreach (var (variable, value) in platform.ExampleEnvironment())
        {
            start.Environment[variable] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var gate = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { output.AppendLine("! " + e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(ExampleTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {ExampleTimeout}:\n{output}");
        }
        process.WaitForExit();
        lock (gate)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
