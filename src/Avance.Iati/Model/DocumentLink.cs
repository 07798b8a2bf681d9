namespace Avance.Iati.Model;

/// <summary>A document about the activity, on the web.</summary>
public sealed record DocumentLink
{
    /// <summary>Where the document is.</summary>
    public string? Url { get; init; }

    /// <summary>IANA media type (e.g. <c>application/pdf</c>).</summary>
    public string? Format { get; init; }

    /// <summary>The document's title.</summary>
    public Narratives Title { get; init; } = Narratives.None;

    /// <summary>DocumentCategory codes (A01 pre- and post-project impact appraisal...).</summary>
    public ValueList<string> Categories { get; init; } = ValueList<string>.Empty;

    /// <summary>ISO 639-1 codes of the languages the document is written in.</summary>
    public ValueList<string> Languages { get; init; } = ValueList<string>.Empty;

    /// <summary>Publication date of the document.</summary>
    public DateOnly? DocumentDate { get; init; }
}
