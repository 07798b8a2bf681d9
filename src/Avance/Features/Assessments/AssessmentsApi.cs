using System.Security.Claims;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Errors;
using Avance.Features.Plans;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Assessments;

public sealed record ReplyRequest(int? Version, string? Text, string? Language);

public sealed record HideRequest(int? Version, string? Reason);

/// <summary>
/// Civil-society assessments over the API: public reading, filing by observers, replies by the coordinator, hiding by an
/// administrator. There is deliberately no endpoint that edits or deletes an assessment.
/// </summary>
public static class AssessmentsApi
{
    public static WebApplication MapAssessmentsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Assessments");
        var plan = group.MapGroup("/countries/{iso2}/plans/{code}").CacheOutput(PublicDataCache.Policy);
        plan.MapGet("/assessments", List)
            .WithSummary("Civil-society assessments of a plan's indicators, activities and published periods, in the order filed; "
                + "subject (Indicator, Activity, ReportingPeriod) and subjectId narrow them to one kind or one subject; paged. "
                + "A hidden assessment shows only when and why an administrator hid it.");
        plan.MapGet("/assessment-subjects", Subjects)
            .WithSummary("What in a plan can be assessed, with the subject and subjectId to file an assessment with: indicators, "
                + "activities (code: pillar.objective.line.activity) and published reporting periods.");
        group.MapGet("/assessments/{id:int}", One).CacheOutput(PublicDataCache.Policy)
            .WithSummary("One civil-society assessment with the coordinator's replies, as the public sees it.");
        group.MapPost("/assessments", File).RequirePermission(Permissions.FileAssessments).Accepts<AssessmentDraft>("application/json")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("An observer files an assessment for their civil-society organisation: subject and subjectId, rating on the "
                + "five-step scale, optional ownValue (indicators only) and periodId (a published period of the same plan), narrative "
                + "(plain text, at most 8,000 characters), language (en or es) and sources (at most 4,000). Public at once; it cannot be "
                + "edited or deleted afterwards: a correction is a new assessment.");
        group.MapPost("/assessments/{id:int}/replies", Reply).RequirePermission(Permissions.ReplyToAssessments).Accepts<ReplyRequest>("application/json")
            .Produces<AssessmentRow>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .WithSummary("The coordinator replies in public and gets the assessment back with its replies. version is the assessment's version the reply answers; if it has "
                + "changed (another reply, hidden), nothing is saved and the answer is 409 with the current assessment.");
        group.MapPost("/assessments/{id:int}/hide", Hide).RequirePermission(Permissions.ModerateAssessments).Accepts<HideRequest>("application/json")
            .Produces<AssessmentRow>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .WithSummary("An administrator hides an abusive assessment with a reason, which is public; hiding is final. version as for replies.");
        return app;
    }

    private static async Task<Results<Ok<ListPage<PublicAssessmentRow>>, BadRequest, NotFound>> List(string iso2, string code, string? subject,
        string? subjectId, string? page, string? pageSize, HttpContext context, AvanceDb db, UiText text, CancellationToken ct)
    {
        if (ListPaging.Read(page, pageSize, context, text) is not { } request) return TypedResults.BadRequest();
        if (await PlanQueries.Find(db, iso2, code, ct) is not { } plan) return TypedResults.NotFound();
        if (AssessmentFilter.Read(subject, subjectId) is not { } filter)
        {
            ErrorDetail.Explain(context, text["Assessments_Error_Filter", string.Join(", ", Enum.GetNames<AssessmentSubject>())]);
            return TypedResults.BadRequest();
        }
        var which = AssessmentQueries.OfPlan(db, plan.Id, filter.Kind);
        if (filter.Id is { } id) which = which.Where(a => a.SubjectId == id);
        var total = await which.CountAsync(ct);
        var rows = await AssessmentQueries.Rows(db, which, Languages.Current).Skip(request.Skip).Take(request.PageSize).ToListAsync(ct);
        var paged = new Paged<PublicAssessmentRow>([.. rows.Select(r => r.ToPublic())], request.Page, request.PageSize, total);
        if (!paged.Exists) return TypedResults.NotFound();
        context.Response.AddLinkHeader(paged);
        return TypedResults.Ok(new ListPage<PublicAssessmentRow>(paged.Items, paged.Page, paged.PageSize, paged.Total));
    }

    private static async Task<Results<Ok<List<SubjectRow>>, NotFound>> Subjects(string iso2, string code, AvanceDb db, CancellationToken ct) =>
        await PlanQueries.Find(db, iso2, code, ct) is { } plan
            ? TypedResults.Ok(await AssessmentSubjects.OfPlanAsync(db, plan.Id, Languages.Current, ct))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<PublicAssessmentRow>, NotFound>> One(int id, AvanceDb db, CancellationToken ct) =>
        await Current(db, id, ct) is { } row ? TypedResults.Ok(row.ToPublic()) : TypedResults.NotFound();

    private static async Task<Results<Created<PublicAssessmentRow>, ValidationProblem, ProblemHttpResult>> File(HttpRequest request,
        ClaimsPrincipal user, AvanceDb db, IOutputCacheStore cache, TimeProvider clock, UiText text, CancellationToken ct)
    {
        var (draft, bodyError) = await JsonBody.ReadAsync<AssessmentDraft>(request, ct);
        if (draft is null) return Invalid([bodyError!], text);
        var result = await FileAssessment.RunAsync(db, cache, Caller.From(user)!, draft, clock.GetUtcNow(), ct);
        if (result.Refused) return TypedResults.Problem(text["Assessments_Refused"], statusCode: StatusCodes.Status403Forbidden, title: text["Status403Title"]);
        if (result.AssessmentId is not { } id) return Invalid(result.Errors, text);
        return TypedResults.Created($"/api/v1/assessments/{id}", (await Current(db, id, ct))!.ToPublic());
    }

    private static async Task<IResult> Reply(int id, HttpRequest request, ClaimsPrincipal user, AvanceDb db, IOutputCacheStore cache,
        TimeProvider clock, UiText text, CancellationToken ct)
    {
        var (body, bodyError) = await JsonBody.ReadAsync<ReplyRequest>(request, ct);
        if (body is null) return Invalid([bodyError!], text);
        if (body.Version is not { } version) return Invalid([new FieldError("version", "Assessments_Error_VersionMissing")], text);
        var result = await AssessmentChanges.ReplyAsync(db, cache, Caller.From(user)!, id, version, body.Text, body.Language, clock.GetUtcNow(), ct);
        return await Answer(result, id, db, text, ct);
    }

    private static async Task<IResult> Hide(int id, HttpRequest request, ClaimsPrincipal user, AvanceDb db, IOutputCacheStore cache,
        TimeProvider clock, UiText text, CancellationToken ct)
    {
        var (body, bodyError) = await JsonBody.ReadAsync<HideRequest>(request, ct);
        if (body is null) return Invalid([bodyError!], text);
        if (body.Version is not { } version) return Invalid([new FieldError("version", "Assessments_Error_VersionMissing")], text);
        var result = await AssessmentChanges.HideAsync(db, cache, Caller.From(user)!, id, version, body.Reason, clock.GetUtcNow(), ct);
        return await Answer(result, id, db, text, ct);
    }

    /// <summary>The assessment as it is now, or why the reply or hiding did not go through.</summary>
    private static async Task<IResult> Answer(ChangeResult result, int id, AvanceDb db, UiText text, CancellationToken ct) => result.Outcome switch
    {
        ChangeOutcome.NotFound => TypedResults.NotFound(),
        ChangeOutcome.Conflict => TypedResults.Problem(text["Assessments_Conflict"], statusCode: StatusCodes.Status409Conflict,
            title: text["Status409Title"], extensions: new Dictionary<string, object?> { ["current"] = await Current(db, id, ct) }),
        ChangeOutcome.RuleBroken when AssessmentRules.IsStateRule(result.RuleCode!) => TypedResults.Problem(
            AssessmentRules.Error(result.RuleCode!).Message(text), statusCode: StatusCodes.Status409Conflict, title: text["Status409Title"],
            extensions: new Dictionary<string, object?> { ["code"] = result.RuleCode, ["current"] = await Current(db, id, ct) }),
        ChangeOutcome.RuleBroken => Invalid([AssessmentRules.Error(result.RuleCode!)], text),
        _ => TypedResults.Ok(await Current(db, id, ct)),
    };

    /// <summary>subject alone narrows to one kind; subjectId needs a subject. Null when either is not understood.</summary>
    private sealed record AssessmentFilter(AssessmentSubject? Kind, int? Id)
    {
        public static AssessmentFilter? Read(string? subject, string? subjectId)
        {
            if (string.IsNullOrWhiteSpace(subject)) return string.IsNullOrWhiteSpace(subjectId) ? new AssessmentFilter(null, null) : null;
            var kind = Enum.GetNames<AssessmentSubject>().FirstOrDefault(n => string.Equals(n, subject.Trim(), StringComparison.OrdinalIgnoreCase));
            if (kind is null) return null;
            if (string.IsNullOrWhiteSpace(subjectId)) return new AssessmentFilter(Enum.Parse<AssessmentSubject>(kind), null);
            return int.TryParse(subjectId.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                ? new AssessmentFilter(Enum.Parse<AssessmentSubject>(kind), id)
                : null;
        }
    }

    private static ValidationProblem Invalid(IEnumerable<FieldError> errors, UiText text) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message(text)).ToArray()),
            title: text["Assessments_Invalid"]);

    private static Task<AssessmentRow?> Current(AvanceDb db, int id, CancellationToken ct) =>
        AssessmentQueries.Rows(db, db.Assessments.Where(a => a.Id == id), Languages.Current).SingleOrDefaultAsync(ct);
}
