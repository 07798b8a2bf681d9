namespace Avance.Iati.Model;

/// <summary>A dated milestone of the activity; the type is an ActivityDateType code (1 planned start...).</summary>
public sealed record ActivityDate(string? Type, DateOnly? IsoDate, Narratives Narratives);

/// <summary>A country benefiting from the activity, with its share when there are several.</summary>
public sealed record RecipientCountry(string? Code, decimal? Percentage, Narratives Narratives);

/// <summary>A region benefiting from the activity, with its share when there are several.</summary>
public sealed record RecipientRegion(string? Code, string? Vocabulary, string? VocabularyUri, decimal? Percentage,
    Narratives Narratives);

/// <summary>
/// A sector in any vocabulary: 1 DAC 5-digit (the default), 2 DAC 3-digit, 7/8/9 SDG goal/target/indicator,
/// 98/99 the reporter's own. Percentages add up to 100 within one vocabulary.
/// </summary>
public sealed record Sector(string? Code, string? Vocabulary, string? VocabularyUri, decimal? Percentage,
    Narratives Narratives);

/// <summary>A free classification (TagVocabulary: 1 agrovoc, 2/3 SDG goal/target, 99 the reporter's own).</summary>
public sealed record Tag(string? Code, string? Vocabulary, string? VocabularyUri, Narratives Narratives);

/// <summary>A policy objective (code 1 is gender equality) and how significant it is to the activity (0–4).</summary>
public sealed record PolicyMarker(string? Code, string? Vocabulary, string? VocabularyUri, string? Significance,
    Narratives Narratives);

/// <summary>An aid type code in a vocabulary (AidTypeVocabulary; 1, the OECD DAC list, when absent).</summary>
public sealed record AidType(string? Code, string? Vocabulary);

/// <summary>A link from this activity to another (RelatedActivityType: 1 parent, 2 child, 3 sibling...).</summary>
public sealed record RelatedActivity(string? Ref, string? Type);
