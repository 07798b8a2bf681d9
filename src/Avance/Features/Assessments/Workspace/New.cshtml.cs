using System.Globalization;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Plans;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Assessments.Workspace;

/// <summary>A plan the observer may choose to assess something in, when the form does not know which yet.</summary>
public sealed record PlanChoice(int Id, string Iso2, string Country, string Code, string Title);

/// <summary>
/// An observer files an assessment: first the plan (unless the link from a public page already named the subject),
/// then what in it, the rating, an own value, the narrative, its language and sources. Nothing typed is lost when
/// something is wrong: the form comes back with every problem next to its field.
/// </summary>
[Authorize(Policy = Permissions.FileAssessments)]
public sealed class NewModel(AvanceDb db, UiText text, TimeProvider clock, IOutputCacheStore cache) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty] public string? PeriodId { get; set; }
    [BindProperty] public string? Rating { get; set; }
    [BindProperty] public string? OwnValue { get; set; }
    [BindProperty] public string? Narrative { get; set; }
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public string? Sources { get; set; }

    public string Organisation { get; private set; } = "";
    public IReadOnlyList<PlanChoice> Plans { get; private set; } = [];
    public IReadOnlyList<SubjectRow> PlanSubjects { get; private set; } = [];
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(cancellationToken)) return Forbid();
        Language ??= Languages.Current;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(cancellationToken)) return Forbid();
        var unreadable = new List<FieldError>();
        var subject = SubjectRow.ParseKey(Subject);
        decimal? ownValue = null;
        if (!string.IsNullOrWhiteSpace(OwnValue))
        {
            if (decimal.TryParse(OwnValue.Trim(), NumberStyles.Number, CultureInfo.CurrentCulture, out var typed)) ownValue = typed;
            else unreadable.Add(new FieldError("ownValue", "Assessments_Error_OwnValueNotNumber", OwnValue));
        }
        int? periodId = null;
        if (!string.IsNullOrWhiteSpace(PeriodId))
        {
            if (int.TryParse(PeriodId, NumberStyles.None, CultureInfo.InvariantCulture, out var period)) periodId = period;
            else unreadable.Add(new FieldError("periodId", "Assessments_Error_PeriodNotFound", PeriodId));
        }
        var draft = new AssessmentDraft(subject?.Kind.ToString(), subject?.Id, periodId, Rating, ownValue, Narrative, Language, Sources);
        var result = await FileAssessment.RunAsync(db, cache, Caller.From(User)!, draft, clock.GetUtcNow(), cancellationToken, unreadable);
        if (result.Refused) return Forbid();
        if (result.AssessmentId is { } id) return Redirect($"/{Languages.Current}/workspace/assessments/{id}?done=filed");
        Errors = result.Errors;
        return Page();
    }

    public string? Error(params string[] fields) =>
        Errors.FirstOrDefault(e => fields.Contains(e.Field)) is { } error ? error.Message(text) : null;

    public string ErrorMessage(FieldError error) => error.Message(text);

    /// <summary>The observer's civil-society organisation and the plan the form is about; false when the account may not file.</summary>
    private async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        var language = Languages.Current;
        if (await FileAssessment.SpeaksForAsync(db, Caller.From(User)!, language, cancellationToken) is not { } organisation) return false;
        Organisation = organisation.Name;
        var planId = await ChosenPlanAsync(cancellationToken);
        if (planId is null)
        {
            var plans = await PlanChoicesAsync(language, cancellationToken);
            // With one plan there is nothing to choose.
            if (plans is [var only]) (Country, Plan, planId) = (only.Iso2, only.Code, only.Id);
            else Plans = plans;
        }
        if (planId is { } id) PlanSubjects = await AssessmentSubjects.OfPlanAsync(db, id, language, cancellationToken);
        return true;
    }

    /// <summary>The plan of the subject named, else the plan named by country and code.</summary>
    private async Task<int?> ChosenPlanAsync(CancellationToken cancellationToken)
    {
        if (SubjectRow.ParseKey(Subject) is { } key
            && (await AssessmentSubjects.FindAsync(db, [key], Languages.Current, cancellationToken)).TryGetValue(key, out var subject))
        {
            (Country, Plan) = (subject.Iso2.ToLowerInvariant(), subject.PlanCode);
            return subject.PlanId;
        }
        if (string.IsNullOrWhiteSpace(Country) || string.IsNullOrWhiteSpace(Plan)) return null;
        return (await PlanQueries.Find(db, Country, Plan, cancellationToken))?.Id;
    }

    private async Task<List<PlanChoice>> PlanChoicesAsync(string language, CancellationToken cancellationToken) =>
        await (
                from plan in db.Plans
                join country in db.Countries on plan.CountryId equals country.Id
                orderby country.Iso2, plan.Generation descending, plan.Code
                select new PlanChoice(plan.Id, country.Iso2.ToLower(), TextInLanguage.Pick(country.Name, language) ?? country.Iso2, plan.Code,
                    TextInLanguage.Pick(plan.Title, language) ?? plan.Code))
            .ToListAsync(cancellationToken);
}
