using Avance.Iati.Model;

namespace Avance.Iati.Tests.Writing;

/// <summary>
/// Compares activities by content: every modelled value, lists item by item (the model's lists compare by value),
/// leaving out where each was read from. A difference names the activity it is in.
/// </summary>
internal static class ActivityComparison
{
    public static void AssertSameContent(IReadOnlyList<IatiActivity> expected, IReadOnlyList<IatiActivity> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (before, after) = (expected[i] with { Source = null }, actual[i] with { Source = null });
            if (before != after)
            {
                Assert.Fail($"Activity {i} ({before.Identifier}) differs: {FirstDifference(before, after)}");
            }
        }
    }

    private static string FirstDifference(IatiActivity before, IatiActivity after) =>
        typeof(IatiActivity).GetProperties()
            .Select(p => (p.Name, Before: p.GetValue(before), After: p.GetValue(after)))
            .Where(p => !Equals(p.Before, p.After))
            .Select(p => $"{p.Name}: {p.Before} became {p.After}")
            .First();
}
