using System.Globalization;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

/// <summary>The pages with the indicator form: a new indicator, and an indicator's details.</summary>
public abstract class IndicatorPage(AuthoringScope scope) : AuthoringPage(scope)
{
    [BindProperty]
    public IndicatorForm Form { get; set; } = new();

    public WorkspacePlan Plan { get; private set; } = null!;
    public IReadOnlyList<Option> Objectives { get; private set; } = [];
    /// <summary>Activities, each labelled with where it sits, so its objective is plain.</summary>
    public IReadOnlyList<Option> Activities { get; private set; } = [];
    public IReadOnlyList<Option> Organisations { get; private set; } = [];

    public string PlanUrl() => PlanUrl(Plan.Plan.Id);

    public IReadOnlyDictionary<string, IReadOnlyList<Option>> OptionsByField => new Dictionary<string, IReadOnlyList<Option>>
    {
        ["ObjectiveId"] = Objectives, ["ActivityId"] = Activities, ["ResponsibleOrganisationId"] = Organisations,
    };

    protected async Task<bool> LoadAsync(int planId, CancellationToken cancellationToken)
    {
        if (await WorkspaceQueries.Plan(Scope.Db, planId, Languages.Current, cancellationToken) is not { } plan) return false;
        Plan = plan;
        var objectives = plan.Pillars.SelectMany(p => p.Children).ToList();
        Objectives = [.. objectives.Select(o => new Option(Invariant(o.Id), Label(o)))];
        Activities = [.. objectives.SelectMany(o => o.Children).SelectMany(l => l.Children).Select(a => new Option(Invariant(a.Id), Label(a)))];
        Organisations = await WorkspaceQueries.Organisations(Scope.Db, Languages.Current, cancellationToken);
        return true;
    }

    /// <summary>"Prevention 3 — Bring a gender perspective …", short enough for a list of choices.</summary>
    private static string Label(WorkspaceItem item) =>
        $"{item.Place} — {(item.Text.Length <= 90 ? item.Text : item.Text[..89] + "…")}";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
