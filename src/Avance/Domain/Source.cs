namespace Avance.Domain;

/// <summary>
/// Where a figure came from. Figures carry the source in their identity, so two sources that disagree
/// about the same figure are both kept, side by side.
/// </summary>
public sealed class Source
{
    public int Id { get; private set; }
    /// <summary>A stable handle for sources Avance loads itself (demo data, reference lists).</summary>
    public required string Key { get; set; }
    public required string Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateOnly? AccessedOn { get; set; }
    public string? Language { get; set; }
}
