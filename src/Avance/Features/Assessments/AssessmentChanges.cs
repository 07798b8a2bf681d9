using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Assessments;

public enum ChangeOutcome { Done, NotFound, Conflict, RuleBroken }

/// <summary>How a reply or a hiding went; RuleCode names the domain rule it broke (e.g. "assessment.reason-missing").</summary>
public sealed record ChangeResult(ChangeOutcome Outcome, string? RuleCode = null);

/// <summary>
/// The only two things that happen to an assessment after it is filed: a reply and hiding. Each starts from the
/// version the person saw; if anyone replied or hid it since, nothing is saved and they are told (a conflict).
/// </summary>
public static class AssessmentChanges
{
    public static Task<ChangeResult> ReplyAsync(AvanceDb db, IOutputCacheStore cache, Caller caller, int id, int version, string? text,
        string? language, DateTimeOffset at, CancellationToken cancellationToken) =>
        ApplyAsync(db, cache, id, version, assessment =>
        {
            var reply = assessment.Reply(caller.UserId, FileAssessment.PlainText(text), language?.Trim().ToLowerInvariant() ?? "", at);
            AuditTrail.Record(db, caller, at, "assessment.reply", FileAssessment.AuditItem, id, null, new { reply.Text, reply.Language });
        }, cancellationToken);

    public static Task<ChangeResult> HideAsync(AvanceDb db, IOutputCacheStore cache, Caller caller, int id, int version, string? reason,
        DateTimeOffset at, CancellationToken cancellationToken) =>
        ApplyAsync(db, cache, id, version, assessment =>
        {
            assessment.Hide(at, caller.UserId, FileAssessment.PlainText(reason));
            AuditTrail.Record(db, caller, at, "assessment.hide", FileAssessment.AuditItem, id, new { Hidden = false },
                new { Hidden = true, assessment.HiddenAt }, assessment.HiddenReason);
        }, cancellationToken);

    private static async Task<ChangeResult> ApplyAsync(AvanceDb db, IOutputCacheStore cache, int id, int version, Action<Assessment> change,
        CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null) return new ChangeResult(ChangeOutcome.NotFound);
        if (assessment.Version != version) return new ChangeResult(ChangeOutcome.Conflict);
        try
        {
            change(assessment);
        }
        catch (DomainRuleException rule)
        {
            return new ChangeResult(ChangeOutcome.RuleBroken, rule.Code);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ChangeResult(ChangeOutcome.Conflict);
        }
        await PublicDataCache.InvalidateAsync(cache, cancellationToken);
        return new ChangeResult(ChangeOutcome.Done);
    }
}
