using System.CommandLine;
using System.Globalization;
using Avance.Data;
using Avance.Features.Interchange.Export;

namespace Avance.Cli;

/// <summary>`avance export iati --country mx --out FILE`: the file appears whole or not at all.</summary>
internal static class ExportCommand
{
    public static Command Create(Func<ParseResult, string[]> hostSettings)
    {
        var country = new Option<string>("--country") { Description = Messages.OptionCountry, Required = true };
        var output = new Option<FileInfo>("--out") { Description = Messages.OptionOut, Required = true };
        var iati = new Command("iati", Messages.CommandExportIati) { country, output };
        iati.SetAction((result, token) => RunAsync(result.GetValue(country)!, result.GetValue(output)!, hostSettings(result), token));
        return new Command("export", Messages.CommandExport) { iati }.Lenient();
    }

    private static async Task<int> RunAsync(string country, FileInfo output, string[] hostSettings, CancellationToken cancellationToken)
    {
        try
        {
            await using var app = Program.BuildWebApp(hostSettings);
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync(cancellationToken);
            var exporter = scope.ServiceProvider.GetRequiredService<IatiExporter>();
            if (!await exporter.HasCountryAsync(country, cancellationToken))
            {
                Console.Error.WriteLine(string.Format(CultureInfo.CurrentCulture, Messages.ExportUnknownCountry, country));
                return 2;
            }
            // Written beside the target and moved into place, so a failed export never leaves half a file.
            var partial = output.FullName + ".partial";
            int written;
            await using (var file = File.Create(partial))
                written = await exporter.WriteAsync(file, country, cancellationToken);
            File.Move(partial, output.FullName, overwrite: true);
            Console.WriteLine(string.Format(CultureInfo.CurrentCulture, Messages.ExportWritten, written, output.FullName));
            return 0;
        }
        catch (StartupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(string.Format(CultureInfo.CurrentCulture, Messages.ExportCannotWrite, output.FullName, e.Message));
            return 2;
        }
    }
}
