using Avance.Iati.Validation;

namespace Avance.Iati.Tests.Validation;

public class ElementPathTests
{
    [Fact]
    public void Positions_count_same_named_siblings_even_when_others_come_between()
    {
        var path = new ElementPath();
        path.Enter("iati-activities");
        path.Enter("iati-activity");
        Visit(path, "iati-identifier");
        Visit(path, "sector");
        Visit(path, "budget");
        Visit(path, "sector");
        path.Enter("sector");

        Assert.Equal("iati-activity/sector[3]", path.ToString());
        Assert.True(path.IsAt(2, "iati-activity"));
        Assert.False(path.IsAt(3, "budget"));
    }

    [Fact]
    public void Positions_start_again_inside_each_parent()
    {
        var path = new ElementPath();
        path.Enter("iati-activities");
        Visit(path, "iati-activity");
        path.Enter("iati-activity");
        path.Enter("result");
        Visit(path, "indicator");
        path.Leave();
        path.Enter("result");
        path.Enter("indicator");

        Assert.Equal("iati-activity[2]/result[2]/indicator", path.ToString());
        Assert.Equal(4, path.Depth);
    }

    [Fact]
    public void Only_the_root_is_named_when_only_the_root_is_open()
    {
        var path = new ElementPath();
        Assert.Equal("", path.ToString());

        path.Enter("iati-organisations");

        Assert.Equal("iati-organisations", path.ToString());
    }

    private static void Visit(ElementPath path, string name)
    {
        path.Enter(name);
        path.Leave();
    }
}
