using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting.Entry;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Reporting.Templates;

/// <summary>The reporting template: downloaded from the workspace (session) or the API (token), uploaded through the API for a dry run or to apply.</summary>
public static partial class TemplateEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /// <summary>
    /// A filled-in template of one organisation is tens of kilobytes; this leaves room for long narratives, and lets the
    /// upload page carry a checked file to its confirmation inside one form field.
    /// </summary>
    public const long MaxUploadBytes = 2 * 1024 * 1024;

    public static IServiceCollection AddReportingTemplates(this IServiceCollection services)
    {
        services.AddScoped<TemplateCheck>();
        services.AddScoped<TemplateImport>();
        return services;
    }

    public static WebApplication MapReportingTemplates(this WebApplication app)
    {
        app.MapGet($"/{{lang:{Languages.RouteConstraint}}}/workspace/reporting/{{periodId:int}}/template.xlsx", Download)
            .RequireAuthorization(Permissions.ReportValues).ExcludeFromDescription();
        var api = app.MapGroup("/api/v1/reporting/{periodId:int}").WithTags("Reporting").RequirePermission(Permissions.ReportValues);
        api.MapGet("/template.xlsx", Download)
            .WithSummary("The caller's reporting template for the period: one row per combination of each indicator with saved values and "
                + "hidden identifying columns; coordinators may pass ?organisation=. Headers follow Accept-Language.");
        api.MapPost("/template", Upload)
            // Tokens, never cookies, reach this endpoint, so there is no browser session to forge a request with.
            .DisableAntiforgery()
            .WithSummary("Checks a filled-in template (multipart field \"file\") and reports every problem by sheet, row and column, or the changes "
                + "it would make; with ?apply=true and no problems, saves the changes as drafts. Uploading the same file again changes nothing.");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult>> Download(int periodId, int? organisation, ClaimsPrincipal user,
        AvanceDb db, UiText text, CancellationToken ct)
    {
        var caller = Caller.From(user)!;
        if (organisation is not null && !caller.ActsFor(organisation)) return TypedResults.Forbid();
        if (await EntryQueries.Period(db, periodId, ct) is not { } period) return TypedResults.NotFound();
        var scope = new TemplateScope(period, caller.ActsFor(null) ? organisation : caller.OrganisationId, Languages.Current);
        var indicators = await IndicatorEntries.List(db, period, new EntryScope(scope.OrganisationId), scope.Language, ct);
        var whose = scope.OrganisationId is null ? "all" : indicators.FirstOrDefault()?.Organisation ?? "none";
        return TypedResults.File(TemplateWriter.Write(scope, indicators, text), ContentType, Unsafe().Replace($"avance-{period.PlanCode}-{period.Label}-{whose}", "-") + ".xlsx");
    }

    private static async Task<Results<Ok<TemplateReport>, BadRequest<TemplateReport>, NotFound, ForbidHttpResult, ValidationProblem>> Upload(int periodId, IFormFile? file,
        bool? apply, ClaimsPrincipal user, AvanceDb db, TemplateCheck check, TemplateImport import, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxUploadBytes)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [FileRequired()] });
        if (await EntryQueries.Period(db, periodId, ct) is not { } period) return TypedResults.NotFound();
        using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        content.Position = 0;
        var caller = Caller.From(user)!;
        var report = apply == true ? await import.ApplyAsync(caller, period, content, ct) : await check.CheckAsync(caller, period, content, ct);
        if (report.Forbidden) return TypedResults.Forbid();
        return report.Problems.Count > 0 ? TypedResults.BadRequest(report) : TypedResults.Ok(report);
    }

    public static string FileRequired() => UiText.Get("Template_FileRequired", CultureInfo.CurrentUICulture)
        .Replace("{0}", (MaxUploadBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex Unsafe();
}
