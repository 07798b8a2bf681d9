namespace Avance.Features.Authoring;

/// <summary>An item as an editor loads it: its fields and the version an update must name.</summary>
public sealed record Editable<T>(int Id, int Version, T Fields);

/// <summary>An update: the version the editor started from and the new fields.</summary>
public sealed record EditRequest<T>(int Version, T Fields);
