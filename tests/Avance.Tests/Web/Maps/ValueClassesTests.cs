using Avance.Web.Maps;

namespace Avance.Tests.Web.Maps;

public sealed class ValueClassesTests
{
    [Fact]
    public void For_NoValues_HasNoClasses() => Assert.Empty(ValueClasses.For([]));

    [Fact]
    public void For_OneDistinctValue_HasOneClassOfThatValue()
    {
        var single = Assert.Single(ValueClasses.For([1m, 1m, 1m]));

        Assert.Equal((1m, 1m), (single.Lower, single.Upper));
        Assert.NotEqual(ValueClasses.Ramp[0], single.Colour);
    }

    [Fact]
    public void For_ManyValues_HasFiveOrderedClassesWithoutGapsOrOverlaps()
    {
        decimal[] values = [3, 7, 12, 15, 21, 40, 41, 58, 77, 90, 217, 987];

        var classes = ValueClasses.For(values);

        Assert.Equal(ValueClasses.MaxClasses, classes.Count);
        Assert.Equal(3m, classes[0].Lower);
        Assert.Equal(987m, classes[^1].Upper);
        for (var i = 1; i < classes.Count; i++) Assert.True(classes[i].Lower > classes[i - 1].Upper);
        Assert.All(values, value => Assert.Single(classes, c => c.Contains(value)));
        Assert.Equal(ValueClasses.Ramp, classes.Select(c => c.Colour));
    }

    [Fact]
    public void For_FewerDistinctValuesThanColours_GivesEachValueItsOwnClass()
    {
        var classes = ValueClasses.For([80m, 40m, 217m, 40m]);

        Assert.Equal([40m, 80m, 217m], classes.Select(c => c.Lower));
        Assert.Equal(classes.Select(c => c.Lower), classes.Select(c => c.Upper));
        Assert.Equal(3, classes.Select(c => c.Colour).Distinct().Count());
    }

    [Fact]
    public void Of_FindsTheClassHoldingAValue_AndNoneOutsideTheRange()
    {
        var classes = ValueClasses.For([1m, 2m, 3m, 4m, 5m, 6m, 7m, 8m, 9m, 10m]);

        Assert.Equal(0, ValueClasses.Of(1m, classes)!.Index);
        Assert.Equal(4, ValueClasses.Of(10m, classes)!.Index);
        Assert.Null(ValueClasses.Of(11m, classes));
    }
}
