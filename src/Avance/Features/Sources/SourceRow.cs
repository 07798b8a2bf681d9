using Avance.Domain;

namespace Avance.Features.Sources;

/// <summary>Where a figure came from, as every table that shows figures shows it.</summary>
public sealed record SourceRow(string Key, string Title, string? Publisher, string? Url, DateOnly? PublishedOn)
{
    public static SourceRow Of(Source source) => new(source.Key, source.Title, source.Publisher, source.Url, source.PublishedOn);
}
