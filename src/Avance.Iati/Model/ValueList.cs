using System.Collections;
using System.Runtime.CompilerServices;

namespace Avance.Iati.Model;

/// <summary>
/// An immutable list that compares by its items, so records holding lists keep value equality: two activities read
/// from equivalent XML are equal.
/// </summary>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    /// <summary>The list with no items.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
    public ValueList(IEnumerable<T> items) => _items = items.ToArray();

    private ValueList(T[] items) => _items = items;

    internal static ValueList<T> Wrap(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Items separated by commas, for test failure messages and debugging.</summary>
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

/// <summary>Builds <see cref="ValueList{T}"/> instances, also from collection expressions.</summary>
public static class ValueList
{
    /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ValueList<T>.Wrap(items.ToArray());

    /// <summary>The items of <paramref name="items"/> as a value-compared list.</summary>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => ValueList<T>.Wrap(items.ToArray());
}
