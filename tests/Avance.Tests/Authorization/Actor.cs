namespace Avance.Tests.Authorization;

/// <summary>
/// Who tries an action in the authorisation matrix. "Own" and "Other" are relative to the item the action is on:
/// a focal point of the organisation responsible for it, or of another organisation (likewise for observers and the
/// civil-society organisation an item belongs to).
/// </summary>
public enum Actor { Anonymous, Administrator, Coordinator, FocalPointOwn, FocalPointOther, ObserverOwn, ObserverOther }

public static class Actors
{
    public static readonly IReadOnlyList<Actor> All = Enum.GetValues<Actor>();

    public static IReadOnlySet<Actor> Only(params Actor[] actors) => actors.ToHashSet();

    public static IReadOnlySet<Actor> Everyone => All.ToHashSet();

    public static IReadOnlySet<Actor> SignedIn => All.Where(a => a != Actor.Anonymous).ToHashSet();
}
