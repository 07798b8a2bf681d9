using System.CommandLine;
using System.Globalization;
using Avance.Data;
using Avance.Features.Interchange.Import;

namespace Avance.Cli;

/// <summary>`avance import iati FILE… [--lenient]`: each file in its own transaction, progress on stderr, a report per file.</summary>
internal static class ImportCommand
{
    public static Command Create(Func<ParseResult, string[]> hostSettings)
    {
        var files = new Argument<FileInfo[]>("files") { Description = Messages.ArgumentIatiFiles, Arity = ArgumentArity.OneOrMore };
        var lenient = new Option<bool>("--lenient") { Description = Messages.OptionLenient };
        var iati = new Command("iati", Messages.CommandImportIati) { files, lenient };
        iati.SetAction((result, token) => RunAsync(result.GetValue(files)!, result.GetValue(lenient), hostSettings(result), token));
        return new Command("import", Messages.CommandImport) { iati }.Lenient();
    }

    private static async Task<int> RunAsync(FileInfo[] files, bool lenient, string[] hostSettings, CancellationToken cancellationToken)
    {
        if (files.FirstOrDefault(f => !f.Exists) is { } missing)
        {
            Console.Error.WriteLine(string.Format(CultureInfo.CurrentCulture, Messages.ImportFileMissing, missing.FullName));
            return 2;
        }
        var text = new ImportText(CommandLineCulture.Current);
        try
        {
            using var app = Program.BuildImportHost(hostSettings);
            await using (var migration = app.Services.CreateAsyncScope())
                await migration.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync(cancellationToken);
            var allImported = true;
            foreach (var file in files)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var importer = scope.ServiceProvider.GetRequiredService<IatiImporter>();
                var progress = new ProgressLines(file.Name, text);
                var report = await importer.ImportAsync(new ImportRequest(file.FullName, file.Name, lenient, text.Culture, null), progress, cancellationToken);
                ImportReportText.Write(Console.Out, report, text);
                allImported &= report.Result == ImportResult.Imported;
            }
            return allImported ? 0 : 1;
        }
        catch (StartupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    /// <summary>A line on stderr each time the import gets ten per cent further, so logs of long imports stay short.</summary>
    private sealed class ProgressLines(string file, ImportText text) : IProgress<ImportProgress>
    {
        private int _lastTenth = -1;

        public void Report(ImportProgress value)
        {
            var tenth = value.Percent / 10;
            if (tenth == _lastTenth) return;
            _lastTenth = tenth;
            Console.Error.WriteLine(string.Format(text.Culture, Messages.ImportProgress, file, tenth * 10));
        }
    }
}

/// <summary>The language of command-line reports: Spanish when the locale is Spanish, English otherwise.</summary>
internal static class CommandLineCulture
{
    public static CultureInfo Current =>
        CultureInfo.GetCultureInfo(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es" ? "es" : "en");
}
