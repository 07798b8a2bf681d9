using Avance.Features.Sources;

namespace Avance.Web.Downloads.Tables;

/// <summary>Where each figure came from, the same five columns in every table that shows figures (ADR 0004).</summary>
internal static class SourceColumns
{
    /// <summary>The columns are empty for a row without a source (a figure reported before sources were required).</summary>
    public static IEnumerable<DownloadColumn<TRow>> For<TRow>(Func<TRow, SourceRow?> source) =>
    [
        Column<TRow>.Of("source_key", "Field_SourceKey", r => source(r)?.Key),
        Column<TRow>.Of("source_title", "Field_SourceTitle", r => source(r)?.Title),
        Column<TRow>.Of("source_publisher", "Field_SourcePublisher", r => source(r)?.Publisher),
        Column<TRow>.Of("source_url", "Field_SourceUrl", r => source(r)?.Url),
        Column<TRow>.Of("source_published_on", "Field_SourcePublishedOn", r => source(r)?.PublishedOn),
    ];
}
