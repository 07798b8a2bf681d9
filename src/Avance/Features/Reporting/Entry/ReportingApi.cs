using System.Globalization;
using System.Security.Claims;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Reporting.Entry;

/// <summary>
/// The focal point's reporting through the API with a token: the sheet of a period, values and activity statuses saved
/// and submitted under the same rules as the forms. Another organisation's item is 403 before anything else is looked at.
/// </summary>
public static class ReportingApi
{
    public static IServiceCollection AddReportingEntry(this IServiceCollection services)
    {
        services.AddScoped<ValueEntry>();
        services.AddScoped<ActivityEntry>();
        return services;
    }

    public static WebApplication MapReportingApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/reporting/{periodId:int}").WithTags("Reporting").RequirePermission(Permissions.ReportValues);
        group.MapGet("/", Sheet)
            .WithSummary("The caller's indicators (each combination with its value, status and version) and activities for a period; "
                + "coordinators may pass ?organisation= to see one organisation's, or none for all.");
        group.MapPut("/indicators/{indicatorId:int}", (int periodId, int indicatorId, IndicatorEntryRequest body, ClaimsPrincipal user, ValueEntry entry,
                AvanceDb db, CancellationToken ct) => SaveAsync(periodId, indicatorId, body.ToInput(), EntryMode.Draft, user, entry, db, ct))
            .WithSummary("Saves an indicator's values as a draft: the listed combinations, narrative, source and date (left-out fields keep what "
                + "is saved). 400 lists every rule problem with its code; 409 when the period is not open or a value changed since its version was read.");
        group.MapPost("/indicators/{indicatorId:int}/submit", (int periodId, int indicatorId, SubmitRequest? body, ClaimsPrincipal user,
                ValueEntry entry, AvanceDb db, CancellationToken ct) =>
                SaveAsync(periodId, indicatorId, body?.ToInput() ?? new EntryInput([]), EntryMode.Submit, user, entry, db, ct))
            .WithSummary("Submits an indicator's saved draft or returned values for review, after checking they are complete (total, narrative, "
                + "source, date); optional versions must still be current.");
        group.MapPut("/activities/{activityId:int}", (int periodId, int activityId, ActivityEntryRequest body, ClaimsPrincipal user, ActivityEntry entry,
                AvanceDb db, CancellationToken ct) => SaveActivityAsync(periodId, activityId, body, EntryMode.Draft, user, entry, db, ct))
            .WithSummary("Saves an activity's implementation status (NotStarted, InProgress, Completed, Delayed) and narrative as a draft; "
                + "version is the report's version as read (0 when there is none).");
        group.MapPost("/activities/{activityId:int}/submit", (int periodId, int activityId, ActivityEntryRequest body, ClaimsPrincipal user,
                ActivityEntry entry, AvanceDb db, CancellationToken ct) => SaveActivityAsync(periodId, activityId, body, EntryMode.Submit, user, entry, db, ct))
            .WithSummary("Saves and submits an activity's status for review; a submission needs a narrative.");
        return app;
    }

    private static async Task<Results<Ok<ReportingSheet>, NotFound, ForbidHttpResult>> Sheet(int periodId, int? organisation, ClaimsPrincipal user,
        AvanceDb db, CancellationToken ct)
    {
        var caller = Caller.From(user)!;
        if (organisation is not null && !caller.ActsFor(organisation)) return TypedResults.Forbid();
        if (await EntryQueries.Period(db, periodId, ct) is not { } period) return TypedResults.NotFound();
        var scope = new EntryScope(caller.ActsFor(null) ? organisation : caller.OrganisationId);
        return TypedResults.Ok(new ReportingSheet(period,
            await IndicatorEntries.List(db, period, scope, Languages.Current, ct),
            await ActivityEntries.List(db, period, scope, Languages.Current, ct)));
    }

    private static async Task<Results<Ok<IndicatorEntryRow>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> SaveAsync(
        int periodId, int indicatorId, EntryInput input, EntryMode mode, ClaimsPrincipal user, ValueEntry entry, AvanceDb db, CancellationToken ct)
    {
        var result = await entry.SaveAsync(Caller.From(user)!, periodId, indicatorId, input, mode, CultureInfo.InvariantCulture, ct);
        switch (result.Status)
        {
            case EntryStatus.NotFound: return TypedResults.NotFound();
            case EntryStatus.Forbidden: return TypedResults.Forbid();
            case EntryStatus.Invalid: return ReportingApiResults.Invalid(result.Problems);
            case EntryStatus.Conflict:
                return ReportingApiResults.Refused("Reporting_ApiConflict", new Dictionary<string, object?> { ["current"] = result.Conflicts });
            case EntryStatus.PeriodNotOpen or EntryStatus.NothingToSubmit: return ReportingApiResults.Refused("Reporting_Refused_" + result.Status);
        }
        var period = (await EntryQueries.Period(db, periodId, ct))!;
        return TypedResults.Ok((await IndicatorEntries.List(db, period, new EntryScope(null, indicatorId), Languages.Current, ct))[0]);
    }

    private static async Task<Results<Ok<ActivityEntryRow>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> SaveActivityAsync(
        int periodId, int activityId, ActivityEntryRequest body, EntryMode mode, ClaimsPrincipal user, ActivityEntry entry, AvanceDb db, CancellationToken ct)
    {
        var input = new ActivityInput(body.Status, body.Narrative?.En, body.Narrative?.Es);
        var outcome = await entry.SaveAsync(Caller.From(user)!, periodId, activityId, input, body.Version, mode, ct);
        switch (outcome.Status)
        {
            case EntryStatus.NotFound: return TypedResults.NotFound();
            case EntryStatus.Forbidden: return TypedResults.Forbid();
            case EntryStatus.Invalid: return ReportingApiResults.Invalid(outcome.Problems);
            case EntryStatus.Conflict:
                return ReportingApiResults.Refused("Reporting_ApiConflict", new Dictionary<string, object?> { ["current"] = outcome.Current });
            case EntryStatus.PeriodNotOpen or EntryStatus.Locked: return ReportingApiResults.Refused("Reporting_Refused_" + outcome.Status);
        }
        var period = (await EntryQueries.Period(db, periodId, ct))!;
        return TypedResults.Ok((await ActivityEntries.List(db, period, new EntryScope(null, ActivityId: activityId), Languages.Current, ct))[0]);
    }
}
