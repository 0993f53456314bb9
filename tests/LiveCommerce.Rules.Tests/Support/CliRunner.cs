using LiveCommerce.Rules.ConsoleHost;

namespace LiveCommerce.Rules.Tests.Support;

/// <summary>Runs <c>lcr</c> in-process with redirected output, as a script or CI would see it.</summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = Cli.Run(args, stdout, stderr, outputRedirected: true);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
