namespace Avance.Web.Downloads;

/// <summary>What an address finds: the table's rows as a stream, nothing (404), or a bad filter explained (400).</summary>
public sealed class DownloadRows<TRow>
{
    private DownloadRows(IAsyncEnumerable<TRow>? rows, string? problem)
    {
        Rows = rows;
        Problem = problem;
    }

    public IAsyncEnumerable<TRow>? Rows { get; }

    /// <summary>Why the request cannot be answered, in the reader's language; null unless the request is bad.</summary>
    public string? Problem { get; }

    public static DownloadRows<TRow> NotFound { get; } = new(null, null);

    public static DownloadRows<TRow> Of(IAsyncEnumerable<TRow> rows) => new(rows, null);

    public static DownloadRows<TRow> Invalid(string problem) => new(null, problem);

    public DownloadRows<TOther> Select<TOther>(Func<TRow, TOther> map) =>
        new(Rows?.Select(map), Problem);
}
