using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

/// <summary>
/// Who is authoring, in which unit of work, in which language. Commands run through <see cref="RunAsync"/>: one
/// transaction holding the change and its audit entries (a command may save more than once, e.g. to learn a new item's
/// Id for its audit entry), ending as a conflict — never a server error — when someone else saved in between.
/// </summary>
public sealed class AuthoringScope(AvanceDb db, UiText text, TimeProvider clock, IOutputCacheStore cache, IHttpContextAccessor http)
{
    public AvanceDb Db => db;
    public UiText Text => text;
    public Caller Caller => Caller.From(http.HttpContext?.User ?? new()) ?? throw new InvalidOperationException("Authoring needs a signed-in caller.");
    public DateTimeOffset Now => clock.GetUtcNow();

    public FieldChecks Checks() => new(new FieldErrors(), text);

    public void Audit(string action, string itemType, object itemKey, object? before, object? after, string? reason = null) =>
        AuditTrail.Record(db, Caller, Now, action, itemType, itemKey, before, after, reason);

    public async Task<AuthoringResult> RunAsync(Func<Task<AuthoringResult>> command, CancellationToken cancellationToken)
    {
        AuthoringResult result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                result = await command();
                if (result.Kind != ResultKind.Saved) return result;
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException e)
            {
                // What was tracked is what failed to save: forget it, so the other person's values can be read back.
                db.ChangeTracker.Clear();
                // Every rule is checked before saving, so a constraint fails only when another save got in between
                // (two people adding the same code at once).
                return AuthoringResult.Conflict(text[e is DbUpdateConcurrencyException ? "Authoring_Conflict" : "Authoring_ConflictSameTime"]);
            }
        }
        // Public pages read the live plan tables, so even a draft edit of a published plan is public data.
        await PublicDataCache.InvalidateAsync(cache, cancellationToken);
        return result;
    }

    /// <summary>
    /// Saves <paramref name="item"/> only if it is still at <paramref name="version"/>, and counts the save as a change of
    /// the item even when only its texts, targets or organisations changed, so its version rises for the next editor.
    /// </summary>
    public void Edit<T>(T item, int version) where T : class, IVersioned
    {
        db.ExpectVersion(item, version);
        db.Entry(item).Property(Versioning.Property).IsModified = true;
    }
}
