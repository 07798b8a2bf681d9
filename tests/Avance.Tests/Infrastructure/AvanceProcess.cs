using System.Diagnostics;

namespace Avance.Tests.Infrastructure;

public sealed record ProcessResult(int ExitCode, string Output, string Error);

/// <summary>Runs the real `avance` executable, as an operator would, in a scratch working folder.</summary>
public static class AvanceProcess
{
    public static async Task<ProcessResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Closed at once: a command that would wait for someone at a keyboard must refuse instead of hanging.
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // English unless a test asks otherwise, whatever the machine's locale.
        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"avance {string.Join(' ', arguments)} did not exit within 60 s.");
        }
        return new ProcessResult(process.ExitCode, await output, await error);
    }
}
