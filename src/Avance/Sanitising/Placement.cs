namespace Avance.Sanitising;

/// <summary>Where in the kept tree new content lands, which decides which elements may be kept there.</summary>
internal readonly record struct Placement(string? Parent, bool InInline, bool InLink, bool InParagraph)
{
    public static Placement Root => new(null, false, false, false);

    // Parsers move blocks out of paragraphs and inline elements, close a link opened inside
    // another, and only keep list items under a list, so such nestings would not survive a re-parse.
    public bool Permits(string name, string? href) => name switch
    {
        "a" => href is not null && !InLink,
        "li" => Parent is "ul" or "ol" && !InInline && !InParagraph,
        _ when ElementRules.IsAllowedBlock(name) => !InInline && !InParagraph,
        _ => ElementRules.IsAllowedInline(name),
    };

    public Placement Inside(string name) => new(
        name,
        InInline || ElementRules.IsAllowedInline(name),
        InLink || name == "a",
        InParagraph || name == "p");
}
