using Avance.Data;
using Avance.Domain;
using Avance.Features.Plans;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

/// <summary>One pillar, strategic objective, line of action or activity, whatever its kind, as the structure commands change it.</summary>
public abstract class StructureNode
{
    public abstract IVersioned Entity { get; }
    public abstract int Id { get; }
    public abstract int ParentId { get; }
    public abstract int Number { get; set; }
    public abstract LocalizedText Text { get; set; }
    /// <summary>An activity's responsible and co-responsible organisations; null for the other levels.</summary>
    public virtual List<ActivityOrganisation>? Organisations => null;
}

/// <summary>
/// A level of a plan's tree: how its items are found within a plan, numbered among their siblings under a parent, added,
/// and why one may not be removed. The plan is the parent of pillars.
/// </summary>
public abstract class StructureLevel
{
    public static readonly StructureLevel Pillars = new PillarLevel();
    public static readonly StructureLevel Objectives = new ObjectiveLevel();
    public static readonly StructureLevel LinesOfAction = new LineOfActionLevel();
    public static readonly StructureLevel Activities = new ActivityLevel();
    public static readonly IReadOnlyList<StructureLevel> All = [Pillars, Objectives, LinesOfAction, Activities];

    /// <summary>Route constraint for the level segment of addresses: pillars, objectives, lines-of-action, activities.</summary>
    public const string RouteConstraint = "regex(^(pillars|objectives|lines-of-action|activities)$)";

    /// <summary>The address segment ("lines-of-action").</summary>
    public abstract string Segment { get; }
    /// <summary>The item type in the audit trail and in version comparisons ("lineOfAction").</summary>
    public abstract string Subject { get; }
    public abstract StructureLevel? Parent { get; }
    public StructureLevel? Child => All.FirstOrDefault(l => l.Parent == this);

    public static StructureLevel? From(string segment) => All.FirstOrDefault(l => l.Segment == segment);

    /// <summary>The Ids of this level's items in a plan, as a subquery other queries compose on.</summary>
    public abstract IQueryable<int> IdsIn(AvanceDb db, int planId);

    /// <summary>The version of each of this level's items in a plan, by Id.</summary>
    public abstract Task<Dictionary<int, int>> VersionsAsync(AvanceDb db, int planId, CancellationToken cancellationToken);

    /// <summary>The item, tracked for change, when it belongs to the plan.</summary>
    public abstract Task<StructureNode?> FindAsync(AvanceDb db, int planId, int id, CancellationToken cancellationToken);

    /// <summary>Ids and numbers of the items under a parent.</summary>
    public abstract Task<List<(int Id, int Number)>> SiblingsAsync(AvanceDb db, int parentId, CancellationToken cancellationToken);

    public abstract StructureNode Add(AvanceDb db, int parentId, int number, LocalizedText text);

    /// <summary>Why the item may not be removed (it has items under it, indicators or reported values), or null.</summary>
    public abstract Task<string?> ObstacleToRemovalAsync(AvanceDb db, int id, UiText text, CancellationToken cancellationToken);

    public Task<bool> HasParentAsync(AvanceDb db, int planId, int parentId, CancellationToken cancellationToken) =>
        Parent is null
            ? Task.FromResult(parentId == planId)
            : Parent.IdsIn(db, planId).AnyAsync(id => id == parentId, cancellationToken);

    /// <summary>"This pillar still has 3 strategic objectives: remove them first."</summary>
    protected string? StillHas(int count, UiText text) =>
        count == 0 ? null : text["Authoring_Refused_HasChildren_" + Subject, count];
}
