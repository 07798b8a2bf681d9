using System.Globalization;
using Avance.Iati.Validation;
using Avance.Tests.Features.Interchange;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Cli;

/// <summary>`avance import iati` and `avance export iati` as an operator runs them: wrong arguments are one localised line and exit 2.</summary>
public sealed class ImportExportCommandLineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("avance-cli-interchange-").FullName;

    private Dictionary<string, string> Database(string language = "C.UTF-8") => new()
    {
        ["ConnectionStrings__Avance"] = $"Data Source={Path.Combine(folder, "avance.db")}",
        ["LANG"] = language,
    };

    [Theory]
    [InlineData("C.UTF-8", "Arguments are missing. Usage: avance import iati FILE", "import", "iati")]
    [InlineData("es_ES.UTF-8", "Faltan argumentos. Uso: avance import iati ARCHIVO", "import", "iati")]
    [InlineData("C.UTF-8", "Unknown argument '--fast'. Usage: avance import iati FILE", "import", "iati", "a.xml", "--fast")]
    [InlineData("es_ES.UTF-8", "Argumento desconocido '--fast'. Uso: avance import iati ARCHIVO", "import", "iati", "a.xml", "--fast")]
    [InlineData("C.UTF-8", "Arguments are missing. Usage: avance export iati --country ISO2 --out FILE", "export", "iati", "--country", "mx")]
    [InlineData("C.UTF-8", "Unknown argument 'csv'. Usage: avance export iati", "export", "csv")]
    public async Task Wrong_arguments_are_one_localised_line_and_exit_2(string language, string expected, params string[] arguments)
    {
        var result = await AvanceProcess.RunAsync(folder, Database(language), arguments);

        AssertOneLine(result, expected);
        Assert.False(File.Exists(Path.Combine(folder, "avance.db")));
    }

    [Fact]
    public async Task A_missing_file_is_one_line_and_exit_2()
    {
        var result = await AvanceProcess.RunAsync(folder, Database(), "import", "iati", Path.Combine(folder, "missing.xml"));

        AssertOneLine(result, $"The file {Path.Combine(folder, "missing.xml")} does not exist; nothing was imported.");
    }

    [Fact]
    public async Task An_unknown_country_on_export_is_one_line_and_exit_2_and_no_file()
    {
        var result = await AvanceProcess.RunAsync(folder, Database("es_ES.UTF-8"), "export", "iati", "--country", "zz", "--out", Path.Combine(folder, "zz.xml"));

        AssertOneLine(result, "No hay ningún país con el código 'zz' en la base de datos; no se escribió nada.");
        Assert.False(File.Exists(Path.Combine(folder, "zz.xml")));
    }

    [Fact]
    public async Task Import_reports_on_stdout_with_progress_on_stderr_and_export_writes_a_valid_file()
    {
        Assert.Equal(0, (await AvanceProcess.RunAsync(folder, Database(), "seed")).ExitCode);

        var import = await AvanceProcess.RunAsync(folder, Database(), "import", "iati", IatiFiles.PathOf(IatiFiles.FoodSecurity));
        var again = await AvanceProcess.RunAsync(folder, Database(), "import", "iati", IatiFiles.PathOf(IatiFiles.FoodSecurity));
        var output = Path.Combine(folder, "mx.xml");
        var export = await AvanceProcess.RunAsync(folder, Database(), "export", "iati", "--country", "mx", "--out", output);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("Outcomes: 4 created, 0 updated, 0 unchanged; 3 activities not imported.", import.Output);
        Assert.Contains("Read from the file: 7 activities, 11 results, 17 indicators", import.Output);
        Assert.Contains(": importing 100%", import.Error);
        Assert.Contains("Outcomes: 0 created, 0 updated, 4 unchanged", again.Output);
        Assert.Equal(0, export.ExitCode);
        await using var written = File.OpenRead(output);
        Assert.True(new IatiSchemaValidator().Validate(written, "mx.xml", CultureInfo.InvariantCulture).IsValid);
    }

    private static void AssertOneLine(ProcessResult result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(expected, line);
        Assert.DoesNotContain("   at ", result.Error + result.Output);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
