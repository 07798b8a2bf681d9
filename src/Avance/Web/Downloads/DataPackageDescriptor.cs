using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Avance.Features.Countries;
using Avance.Web.Downloads.Tables;

namespace Avance.Web.Downloads;

/// <summary>
/// datapackage.json: the package's contents in the Frictionless Data Package form (https://specs.frictionlessdata.io/),
/// so tools can load every CSV with the right types; each field described in the language the package was asked in.
/// </summary>
internal static class DataPackageDescriptor
{
    public const string FileName = "datapackage.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string ResourcePath(IDownloadTable table) => table.Name + ".csv";

    public static void Write(Stream target, CountryRow country, IReadOnlyList<CountryTable> tables, DateTimeOffset created)
    {
        using var json = new Utf8JsonWriter(target, Options);
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("name", $"avance-{country.Iso2}");
        json.WriteString("title", Text("PackageTitle", country.Name));
        json.WriteString("description", Text("PackageDescription", country.Name));
        json.WriteString("created", created.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        json.WriteStartArray("licenses");
        json.WriteStartObject();
        // Open Definition's "Other (Attribution)": the figures are facts from public sources, each named beside it.
        json.WriteString("name", "other-at");
        json.WriteString("title", Text("PackageLicence"));
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("resources");
        foreach (var table in tables.Select(t => t.Table)) WriteResource(json, table);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter json, IDownloadTable table)
    {
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("name", table.Name);
        json.WriteString("path", ResourcePath(table));
        json.WriteString("title", Text(table.TitleKey));
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var field in table.Fields) WriteField(json, field);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, DownloadField field)
    {
        json.WriteStartObject();
        json.WriteString("name", field.Name);
        json.WriteString("type", field.Type.ToString().ToLowerInvariant());
        json.WriteString("description", Text(field.DescriptionKey));
        if (field.AllowedValues is { } allowed)
        {
            json.WriteStartObject("constraints");
            json.WriteStartArray("enum");
            foreach (var value in allowed) json.WriteStringValue(value);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static string Text(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, UiText.Get(key, CultureInfo.CurrentUICulture), arguments);
}
