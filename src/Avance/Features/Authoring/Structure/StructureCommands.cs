using Avance.Data;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

/// <summary>Adding, editing, moving and removing pillars, strategic objectives, lines of action and activities.</summary>
public static class StructureCommands
{
    /// <param name="parentId">The pillar of a new objective, the objective of a new line of action …; ignored for pillars, whose parent is the plan.</param>
    public static Task<AuthoringResult> AddAsync(AuthoringScope scope, StructureLevel level, int planId, int? parentId, StructureFields fields,
        CancellationToken cancellationToken) =>
        scope.RunAsync(async () =>
        {
            var db = scope.Db;
            if (!await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken)) return AuthoringResult.NotFound;
            var parent = level.Parent is null ? planId : parentId;
            var checks = scope.Checks();
            if (parent is null || !await level.HasParentAsync(db, planId, parent.Value, cancellationToken))
            {
                checks.Add("ParentId", "Authoring_Error_UnknownParent_" + level.Subject);
                return AuthoringResult.Invalid(checks.Errors);
            }
            var siblings = await level.SiblingsAsync(db, parent.Value, cancellationToken);
            await StructureRules.CheckAsync(db, checks, level, fields, numberRequired: false, siblings, cancellationToken);
            if (checks.Errors.Any) return AuthoringResult.Invalid(checks.Errors);

            var number = fields.Number ?? (siblings.Count == 0 ? 1 : siblings.Max(s => s.Number) + 1);
            var node = level.Add(db, parent.Value, number, BilingualText.Apply(fields.Text, null)!);
            SetOrganisations(node, fields);
            await db.SaveChangesAsync(cancellationToken);
            scope.Audit(level.Subject + ".create", level.Subject, node.Id, null, new { ParentId = parent, Fields = StructureFields.Of(node) });
            await db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(node.Id);
        }, cancellationToken);

    public static Task<AuthoringResult> UpdateAsync(AuthoringScope scope, StructureLevel level, int planId, int id, int version,
        StructureFields fields, CancellationToken cancellationToken) =>
        scope.RunAsync(async () =>
        {
            if (await level.FindAsync(scope.Db, planId, id, cancellationToken) is not { } node) return AuthoringResult.NotFound;
            var siblings = (await level.SiblingsAsync(scope.Db, node.ParentId, cancellationToken)).Where(s => s.Id != id);
            var checks = scope.Checks();
            await StructureRules.CheckAsync(scope.Db, checks, level, fields, numberRequired: true, siblings, cancellationToken);
            if (checks.Errors.Any) return AuthoringResult.Invalid(checks.Errors);

            var before = StructureFields.Of(node);
            scope.Edit(node.Entity, version);
            node.Number = fields.Number!.Value;
            node.Text = BilingualText.Apply(fields.Text, node.Text)!;
            SetOrganisations(node, fields);
            scope.Audit(level.Subject + ".update", level.Subject, node.Id, before, StructureFields.Of(node));
            await scope.Db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(node.Id);
        }, cancellationToken);

    /// <summary>Swaps the item's number with its neighbour's, through a number no item has, as each number is unique under a parent.</summary>
    public static Task<AuthoringResult> MoveAsync(AuthoringScope scope, StructureLevel level, int planId, int id, int version, MoveDirection direction,
        CancellationToken cancellationToken) =>
        scope.RunAsync(async () =>
        {
            var db = scope.Db;
            if (await level.FindAsync(db, planId, id, cancellationToken) is not { } node) return AuthoringResult.NotFound;
            var siblings = await level.SiblingsAsync(db, node.ParentId, cancellationToken);
            var neighbour = direction == MoveDirection.Up
                ? siblings.Where(s => s.Number < node.Number).OrderByDescending(s => s.Number).Select(s => (int?)s.Id).FirstOrDefault()
                : siblings.Where(s => s.Number > node.Number).OrderBy(s => s.Number).Select(s => (int?)s.Id).FirstOrDefault();
            if (neighbour is null || await level.FindAsync(db, planId, neighbour.Value, cancellationToken) is not { } other)
            {
                var checks = scope.Checks();
                checks.Add("Direction", direction == MoveDirection.Up ? "Authoring_Error_AlreadyFirst" : "Authoring_Error_AlreadyLast");
                return AuthoringResult.Invalid(checks.Errors);
            }

            var (mine, theirs) = (node.Number, other.Number);
            scope.Edit(node.Entity, version);
            node.Number = -node.Id;
            await db.SaveChangesAsync(cancellationToken);
            other.Number = mine;
            await db.SaveChangesAsync(cancellationToken);
            node.Number = theirs;
            scope.Audit(level.Subject + ".move", level.Subject, node.Id, new { Number = mine }, new { Number = theirs });
            scope.Audit(level.Subject + ".move", level.Subject, other.Id, new { Number = theirs }, new { Number = mine });
            await db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(node.Id);
        }, cancellationToken);

    /// <summary>Only an empty item goes: one with items under it, indicators or reported values is refused, so nothing reported is ever deleted with it.</summary>
    public static Task<AuthoringResult> RemoveAsync(AuthoringScope scope, StructureLevel level, int planId, int id, int version,
        CancellationToken cancellationToken) =>
        scope.RunAsync(async () =>
        {
            if (await level.FindAsync(scope.Db, planId, id, cancellationToken) is not { } node) return AuthoringResult.NotFound;
            if (await level.ObstacleToRemovalAsync(scope.Db, id, scope.Text, cancellationToken) is { } obstacle) return AuthoringResult.Refused(obstacle);

            scope.Db.ExpectVersion(node.Entity, version);
            scope.Db.Remove(node.Entity);
            scope.Audit(level.Subject + ".remove", level.Subject, node.Id, StructureFields.Of(node), null);
            await scope.Db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(node.Id);
        }, cancellationToken);

    public static async Task<Editable<StructureFields>?> ReadAsync(AvanceDb db, StructureLevel level, int planId, int id,
        CancellationToken cancellationToken) =>
        await level.FindAsync(db, planId, id, cancellationToken) is { } node
            ? new Editable<StructureFields>(node.Id, node.Entity.Version, StructureFields.Of(node))
            : null;

    /// <summary>An organisation is responsible or co-responsible, never both (the rules checked that), so a row is kept and its role changed.</summary>
    private static void SetOrganisations(StructureNode node, StructureFields fields)
    {
        if (node.Organisations is not { } organisations) return;
        var wanted = (fields.Responsible ?? []).Distinct().ToDictionary(id => id, _ => Responsibility.Responsible);
        foreach (var id in (fields.CoResponsible ?? []).Distinct()) wanted[id] = Responsibility.CoResponsible;
        organisations.RemoveAll(o => !wanted.ContainsKey(o.OrganisationId));
        foreach (var (organisationId, responsibility) in wanted)
        {
            if (organisations.FirstOrDefault(o => o.OrganisationId == organisationId) is { } existing) existing.Responsibility = responsibility;
            else organisations.Add(new ActivityOrganisation { OrganisationId = organisationId, Responsibility = responsibility });
        }
    }
}
