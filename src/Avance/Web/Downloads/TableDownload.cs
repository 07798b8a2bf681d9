namespace Avance.Web.Downloads;

/// <summary>The Frictionless Table Schema types a downloaded column can have.</summary>
public enum FieldType { String, Integer, Number, Date, DateTime, Boolean }

/// <summary>
/// A column as the data package describes it: a stable machine name (the CSV header and JSON property), a
/// description key in the Downloads resources, its type and, for coded values, the codes it can hold.
/// </summary>
public sealed record DownloadField(string Name, string DescriptionKey, FieldType Type, IReadOnlyList<string>? AllowedValues = null);

/// <summary>One column of a downloadable table and how to read its value from a row.</summary>
public sealed record DownloadColumn<TRow>(DownloadField Field, Func<TRow, object?> Value);

/// <summary>Columns whose type follows from the property they read, so a column cannot claim a type its values lack.</summary>
public static class Column<TRow>
{
    public static DownloadColumn<TRow> Of<TValue>(string name, string descriptionKey, Func<TRow, TValue> value)
    {
        var type = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
        var field = new DownloadField(name, descriptionKey, FieldTypeOf(type), type.IsEnum ? Enum.GetNames(type) : null);
        return new DownloadColumn<TRow>(field, row => value(row));
    }

    private static FieldType FieldTypeOf(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => FieldType.Integer,
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => FieldType.Number,
        _ when type == typeof(DateOnly) => FieldType.Date,
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => FieldType.DateTime,
        _ when type == typeof(bool) => FieldType.Boolean,
        _ => FieldType.String,
    };
}

/// <summary>
/// A table that pages show and readers can download: the same rows the page renders (ARCHITECTURE.md principle 1),
/// read from the database as a stream. Name is the table's part of the file name; TitleKey names it in the Downloads
/// resources.
/// </summary>
public sealed record TableDownload<TRow>(
    string Name,
    string TitleKey,
    IReadOnlyList<DownloadColumn<TRow>> Columns,
    Func<DownloadRequest, Task<DownloadRows<TRow>>> Rows) : IDownloadTable
{
    public IReadOnlyList<DownloadField> Fields { get; } = [.. Columns.Select(c => c.Field)];

    public async Task<DownloadRows<object?[]>> RecordsAsync(DownloadRequest request) => (await Rows(request)).Select(Cells);

    private object?[] Cells(TRow row)
    {
        var cells = new object?[Columns.Count];
        for (var i = 0; i < cells.Length; i++) cells[i] = Columns[i].Value(row);
        return cells;
    }
}

/// <summary>A downloadable table seen without its row type: what the format writers and the data package need.</summary>
public interface IDownloadTable
{
    string Name { get; }
    string TitleKey { get; }
    IReadOnlyList<DownloadField> Fields { get; }
    /// <summary>Each row as its cells, in field order.</summary>
    Task<DownloadRows<object?[]>> RecordsAsync(DownloadRequest request);
}
