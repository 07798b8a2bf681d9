using System.Globalization;
using System.Security.Claims;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Errors;
using Avance.Features.Indicators;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Evidence;

/// <summary>
/// Evidence downloads: for whoever may see the value's workspace entry, and for everyone once the value is published.
/// The bytes are checked against their recorded SHA-256 first; a file that no longer matches is never served.
/// </summary>
public static class EvidenceEndpoints
{
    public static string DownloadPath(int id) => $"/evidence/{id.ToString(CultureInfo.InvariantCulture)}";

    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section);
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<EvidenceUploads>();
        return services;
    }

    public static WebApplication MapEvidence(this WebApplication app)
    {
        app.MapGet("/evidence/{id:int}", Download).WithTags("Evidence")
            .WithSummary("Downloads an evidence file: published values' files for everyone, others for the workspace of the organisation responsible. "
                + "Answers 409 when the stored bytes no longer match the file's checksum.");
        app.MapPost("/api/v1/reporting/{periodId:int}/indicators/{indicatorId:int}/evidence", Upload).WithTags("Reporting")
            .RequirePermission(Permissions.ReportValues)
            // Tokens, never cookies, reach this endpoint, so there is no browser session to forge a request with.
            .DisableAntiforgery()
            .WithSummary("Attaches a file (multipart field \"file\") to a saved draft or returned value of the indicator; field \"combination\" "
                + "is \"\" for the total or as the reporting sheet lists it. Accepts PDF, DOCX, XLSX, CSV, PNG and JPEG, checked by content, up to the configured size.");
        return app;
    }

    private static async Task<Results<Created<EvidenceRow>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Upload(
        int periodId, int indicatorId, IFormFile? file, [FromForm] string? combination, ClaimsPrincipal user, EvidenceUploads uploads,
        CancellationToken cancellationToken)
    {
        var outcome = await uploads.AddAsync(Caller.From(user)!, periodId, indicatorId, combination ?? "", file, cancellationToken);
        var message = UiText.Get("Evidence_Problem_" + outcome.Status, CultureInfo.CurrentUICulture).Replace("{0}", EvidenceFormats.Describe(uploads.MaxBytes), StringComparison.Ordinal);
        return outcome.Status switch
        {
            UploadStatus.Added => TypedResults.Created(outcome.File!.Url, outcome.File),
            UploadStatus.NotFound => TypedResults.NotFound(),
            UploadStatus.Forbidden => TypedResults.Forbid(),
            UploadStatus.PeriodNotOpen or UploadStatus.Locked => TypedResults.Problem(message, statusCode: StatusCodes.Status409Conflict,
                title: UiText.Get("Status409Title", CultureInfo.CurrentUICulture)),
            UploadStatus.NoSavedValue => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["combination"] = [message] }),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] }),
        };
    }

    private static async Task<Results<FileStreamHttpResult, NotFound, ForbidHttpResult, ChallengeHttpResult, StatusCodeHttpResult>> Download(
        int id, HttpContext context, AvanceDb db, EvidenceStore store, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var file = await (from evidence in db.EvidenceFiles
                          join measurement in db.Measurements on evidence.MeasurementId equals measurement.Id
                          join indicator in db.Indicators on measurement.IndicatorId equals indicator.Id
                          where evidence.Id == id
                          select new { evidence.FileName, evidence.ContentType, evidence.Sha256, MeasurementId = measurement.Id, indicator.PlanId,
                              IndicatorId = indicator.Id, indicator.ResponsibleOrganisationId })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null) return TypedResults.NotFound();

        var caller = Caller.From(context.User);
        var mayView = caller is not null && caller.Has(Permissions.ViewWorkspace) && caller.ActsFor(file.ResponsibleOrganisationId);
        if (!mayView && !await PublishedValues.Query(db, file.PlanId, file.IndicatorId).AnyAsync(p => p.Measurement.Id == file.MeasurementId, cancellationToken))
            return caller is null ? TypedResults.Challenge() : TypedResults.Forbid();

        var (stream, damaged) = await store.OpenVerifiedAsync(file.Sha256, cancellationToken);
        if (stream is null)
        {
            logs.CreateLogger(typeof(EvidenceEndpoints)).LogError("Evidence file {Id} ({Sha256}) is {Problem} in the evidence folder.",
                id, file.Sha256, damaged ? "altered" : "missing");
            ErrorDetail.Explain(context, UiText.Get(damaged ? "Evidence_Damaged" : "Evidence_Missing", CultureInfo.CurrentUICulture));
            return TypedResults.StatusCode(damaged ? StatusCodes.Status409Conflict : StatusCodes.Status404NotFound);
        }
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(stream, file.ContentType, file.FileName);
    }
}
