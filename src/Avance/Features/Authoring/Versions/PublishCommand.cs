using Avance.Features.Plans;
using Avance.Features.Search;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

/// <summary>
/// Publishing a plan: a change note (required from the second version on) in the language it is written in, and the
/// version the publisher reviewed the changes for, so two people publishing at once do not publish each other's review.
/// </summary>
public sealed record PublishRequest(string? ChangeNote, string? Language, int? Number);

public static class PublishCommand
{
    public const int MaxNoteLength = 4000;

    /// <summary>Stores the plan as it stands as its next version; from its first version on the plan is public.</summary>
    public static async Task<AuthoringResult> RunAsync(AuthoringScope scope, int planId, PublishRequest request, CancellationToken cancellationToken)
    {
        var result = await scope.RunAsync(async () =>
        {
            var db = scope.Db;
            if (!await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken)) return AuthoringResult.NotFound;
            var latest = await PlanVersionQueries.Latest(db, planId, cancellationToken);
            var number = (latest?.Number ?? 0) + 1;
            if (request.Number is { } expected && expected != number)
                return AuthoringResult.Conflict(scope.Text["Authoring_Conflict_Published", number - 1]);

            var checks = scope.Checks();
            var note = BilingualText.Clean(request.ChangeNote);
            if (note is null && number > 1) checks.Add("ChangeNote", "Authoring_Error_ChangeNoteRequired");
            if (note?.Length > MaxNoteLength) checks.Add("ChangeNote", "Authoring_Error_TooLong", MaxNoteLength);
            var language = string.IsNullOrWhiteSpace(request.Language) ? Languages.Current : request.Language.Trim().ToLowerInvariant();
            if (!Languages.All.Contains(language)) checks.Add("Language", "Authoring_Error_NotChoice", request.Language!);
            if (checks.Errors.Any) return AuthoringResult.Invalid(checks.Errors);

            var snapshot = (await PlanSnapshotReader.ReadAsync(db, planId, cancellationToken)).ToJson();
            if (latest?.Snapshot == snapshot) return AuthoringResult.Refused(scope.Text["Authoring_Refused_NothingChanged", latest.Number]);
            db.PlanVersions.Add(new PlanVersion(planId, number, scope.Now, scope.Caller.UserId, note ?? "", language, snapshot));
            scope.Audit("plan.publish", PlanCommands.ItemType, planId, latest is null ? null : new { Version = latest.Number },
                new { Version = number, ChangeNote = note, Language = language });
            await db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(planId);
        }, cancellationToken);
        // Search shows published plans only, so the index follows each publication.
        if (result.Kind == ResultKind.Saved) await SearchIndexer.RebuildAsync(scope.Db, cancellationToken);
        return result;
    }
}
