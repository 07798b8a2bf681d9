namespace Avance.Web.Charts;

/// <summary>
/// The value axis of a chart: from zero to a round maximum, with four to six round ticks
/// (0, 25, 50 … 125 rather than 0, 23.8, 47.6 …), so readers can estimate a bar without its label.
/// </summary>
public sealed record ValueAxis(decimal Max, IReadOnlyList<decimal> Ticks)
{
    private static readonly decimal[] RoundSteps = [1m, 2m, 2.5m, 5m, 10m];

    public static ValueAxis For(decimal largest)
    {
        if (largest <= 0) return new ValueAxis(1, [0]);
        var step = RoundStep(largest / 5);
        var max = decimal.Ceiling(largest / step) * step;
        var ticks = new List<decimal>();
        for (var tick = 0m; tick <= max; tick += step) ticks.Add(tick);
        return new ValueAxis(max, ticks);
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 × a power of ten that is at least <paramref name="rough"/>.</summary>
    private static decimal RoundStep(decimal rough)
    {
        var magnitude = 1m;
        while (magnitude * 10 <= rough) magnitude *= 10;
        while (magnitude > rough && magnitude > 0.0001m) magnitude /= 10;
        return RoundSteps.Select(m => m * magnitude).First(step => step >= rough);
    }
}
