namespace Avance.Features.Interchange.Bulk;

public enum ColumnType { Integer, Text, Number, Date, Timestamp, YesNo }

public sealed record BulkColumn(string Name, ColumnType Type);

/// <summary>A table written in bulk: its name and the columns each row gives, in order.</summary>
public sealed record BulkTable(string Name, BulkColumn[] Columns)
{
    public static BulkTable Of(string name, params (string Name, ColumnType Type)[] columns) =>
        new(name, [.. columns.Select(c => new BulkColumn(c.Name, c.Type))]);

    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
}

/// <summary>Rows waiting to be written to one table; values in the table's column order.</summary>
public sealed class RowBuffer(BulkTable table)
{
    public BulkTable Table => table;
    public List<object?[]> Rows { get; } = [];

    public void Add(params object?[] values)
    {
        if (values.Length != table.Columns.Length)
            throw new ArgumentException($"{table.Name} takes {table.Columns.Length} values, not {values.Length}.", nameof(values));
        Rows.Add(values);
    }
}
