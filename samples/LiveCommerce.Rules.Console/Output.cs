using Spectre.Console;

namespace LiveCommerce.Rules.ConsoleHost;

/// <summary>Where <c>lcr</c> writes: plain writers for data, Spectre consoles for tables (no colour when redirected).</summary>
internal sealed class Output
{
    public Output(TextWriter stdout, TextWriter stderr, bool redirected)
    {
        Out = stdout;
        Error = stderr;
        Console = Create(stdout, redirected);
        ErrorConsole = Create(stderr, redirected || System.Console.IsErrorRedirected);
        ErrorIsTerminal = !redirected && !System.Console.IsErrorRedirected;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    public IAnsiConsole ErrorConsole { get; }

    /// <summary>Whether progress bars may be drawn on standard error.</summary>
    public bool ErrorIsTerminal { get; }

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = 160; // a file or pipe has no width; keep tables readable
        }

        return console;
    }
}
