namespace Avance.Iati.Reading;

/// <summary>Limits that keep a hostile or broken file from exhausting memory or time.</summary>
public sealed record IatiReaderOptions
{
    /// <summary>The options used when none are given.</summary>
    public static IatiReaderOptions Default { get; } = new();

    /// <summary>Longest narrative (or other text value) read, in characters; longer ones stop the read.</summary>
    public int MaxNarrativeLength { get; init; } = 1024 * 1024;

    /// <summary>Deepest element nesting accepted; the root is depth 0 and IATI needs fewer than 10 levels.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Activities parsed ahead of the consumer by the asynchronous reader.</summary>
    public int ReadAhead { get; init; } = 16;
}
