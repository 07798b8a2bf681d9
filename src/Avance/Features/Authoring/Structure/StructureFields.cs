using System.Text.Json.Serialization;
using Avance.Features.Plans;

namespace Avance.Features.Authoring;

/// <summary>
/// What an author sets on a pillar (its name), a strategic objective, a line of action or an activity (its statement):
/// its number among its siblings and its text, and for activities the responsible and co-responsible organisations.
/// A new item without a number comes after its siblings.
/// </summary>
public sealed record StructureFields
{
    public int? Number { get; init; }
    public BilingualText? Text { get; init; }
    public IReadOnlyList<int>? Responsible { get; init; }
    public IReadOnlyList<int>? CoResponsible { get; init; }

    public static StructureFields Of(StructureNode node) => new()
    {
        Number = node.Number,
        Text = BilingualText.Of(node.Text),
        Responsible = Named(node, Responsibility.Responsible),
        CoResponsible = Named(node, Responsibility.CoResponsible),
    };

    private static List<int>? Named(StructureNode node, Responsibility responsibility) =>
        node.Organisations is { } organisations
            ? [.. organisations.Where(o => o.Responsibility == responsibility).Select(o => o.OrganisationId).Order()]
            : null;
}

/// <summary>Adding an item through the API: its parent (the pillar of a new objective …; none for a pillar) and its fields.</summary>
public sealed record NewStructureItem(int? ParentId, StructureFields Fields);

[JsonConverter(typeof(JsonStringEnumConverter<MoveDirection>))]
public enum MoveDirection { Up, Down }

/// <summary>Moving an item one place among its siblings: it swaps numbers with its neighbour.</summary>
public sealed record MoveRequest(int Version, MoveDirection Direction);
