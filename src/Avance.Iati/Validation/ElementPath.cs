namespace Avance.Iati.Validation;

/// <summary>
/// The path of open elements while a document streams past, with each element's position among its same-named
/// siblings, so an issue can say <c>iati-activity[3]/result[2]/indicator/period</c>. Frames are reused from one
/// element to the next, so a long file costs no allocation per element.
/// </summary>
internal sealed class ElementPath
{
    private readonly List<Frame> _frames = [];

    /// <summary>Number of open elements; 1 inside the root.</summary>
    public int Depth { get; private set; }

    /// <summary>Opens a child of the current element.</summary>
    public void Enter(string name)
    {
        var position = Depth == 0 ? 1 : _frames[Depth - 1].CountChild(name);
        if (_frames.Count == Depth)
        {
            _frames.Add(new Frame());
        }
        _frames[Depth].Reset(name, position);
        Depth++;
    }

    /// <summary>Closes the current element.</summary>
    public void Leave() => Depth--;

    /// <summary>Whether the open element at <paramref name="depth"/> (1 is the root) is called <paramref name="name"/>.</summary>
    public bool IsAt(int depth, string name) => depth <= Depth && _frames[depth - 1].Name == name;

    /// <summary>
    /// The path below the root (every IATI file has the same root, so naming it adds nothing); the root's own name
    /// when only the root is open; empty outside the root.
    /// </summary>
    public override string ToString() => Depth switch
    {
        0 => "",
        1 => _frames[0].Name,
        _ => string.Join('/', _frames.Skip(1).Take(Depth - 1).Select(frame => LocationPath.Step(frame.Name, frame.Position))),
    };

    private sealed class Frame
    {
        private readonly Dictionary<string, int> _childCounts = new(StringComparer.Ordinal);

        public string Name { get; private set; } = "";

        public int Position { get; private set; }

        public void Reset(string name, int position)
        {
            Name = name;
            Position = position;
            _childCounts.Clear();
        }

        public int CountChild(string name)
        {
            var count = _childCounts.GetValueOrDefault(name) + 1;
            _childCounts[name] = count;
            return count;
        }
    }
}
