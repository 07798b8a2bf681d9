namespace Avance.Features.Authoring;

/// <summary>A plan in the authors' list: draft (no version yet) or published, with its latest version.</summary>
public sealed record WorkspacePlanRow(int Id, string Country, string CountryName, string Code, string Title, int Generation, int Version,
    int? PublishedVersion, DateTimeOffset? PublishedAt)
{
    public bool IsDraft => PublishedVersion is null;
}

/// <summary>A plan as its authors work on it: its tree with each item's Id and version, and its indicators.</summary>
public sealed record WorkspacePlan(WorkspacePlanRow Plan, IReadOnlyList<WorkspaceItem> Pillars, IReadOnlyList<WorkspaceIndicator> Indicators,
    string? PredecessorCode);

/// <summary>
/// A pillar, objective, line of action or activity. <paramref name="Place"/> names it as the explorer does ("Prevention 3.1");
/// <paramref name="Organisations"/> are an activity's responsible and co-responsible organisations, by acronym or name.
/// </summary>
public sealed record WorkspaceItem(int Id, int Version, int Number, string Place, string Text, IReadOnlyList<WorkspaceItem> Children,
    IReadOnlyList<string> Responsible, IReadOnlyList<string> CoResponsible);

public sealed record WorkspaceIndicator(int Id, int Version, string Code, string Wording, int ObjectiveId, string Objective,
    string? PredecessorCode);

/// <summary>A choice in a form: a country, an organisation, an objective or activity to place an indicator under.</summary>
public sealed record Option(string Value, string Label);
