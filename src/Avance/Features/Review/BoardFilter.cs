namespace Avance.Features.Review;

/// <summary>The board's state filter as an address gives it ("submitted"); empty or absent means no filter.</summary>
public static class BoardFilter
{
    public static bool TryRead(string? text, out BoardState? filter)
    {
        filter = null;
        if (string.IsNullOrEmpty(text)) return true;
        // Enum parsing also takes numbers ("3"), which are no state's name.
        if (int.TryParse(text, out _) || !Enum.TryParse<BoardState>(text, ignoreCase: true, out var state)) return false;
        filter = state;
        return true;
    }
}
