using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Avance.Cli;

/// <summary>
/// Wrong arguments to `import` and `export` as one localised line with the command's usage (exit 2), instead of the
/// parser's own multi-line help.
/// </summary>
internal static class ImportExportArguments
{
    public static string? Refusal(ParseResult parsed, Func<string, bool> isHostSetting)
    {
        var usage = UsageOf(parsed.CommandResult.Command);
        if (usage is null) return null;
        // An unknown option after a file name is taken for another file name by the parser; it is still an unknown option.
        var stray = parsed.UnmatchedTokens
            .Concat(parsed.Tokens.Where(t => t.Type == TokenType.Argument && t.Value.StartsWith('-')).Select(t => t.Value))
            .FirstOrDefault(t => !isHostSetting(t));
        if (stray is not null) return string.Format(CultureInfo.CurrentCulture, Messages.CommandLineUnknownArgument, stray, usage);
        return parsed.Errors.Count > 0 ? string.Format(CultureInfo.CurrentCulture, Messages.CommandLineIncomplete, usage) : null;
    }

    /// <summary>Unknown tokens are the refusal's to report (and host settings pass through), not the parser's.</summary>
    public static Command Lenient(this Command command)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        foreach (var sub in command.Subcommands) sub.Lenient();
        return command;
    }

    private static string? UsageOf(Command command) => (command.Name, command.Parents.OfType<Command>().FirstOrDefault()?.Name) switch
    {
        ("import", _) or ("iati", "import") => Messages.ImportUsage,
        ("export", _) or ("iati", "export") => Messages.ExportUsage,
        _ => null,
    };
}
