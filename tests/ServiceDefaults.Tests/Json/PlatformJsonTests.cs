using System.Text.Json;

namespace Qingmeng.ServiceDefaults.Tests.Json;

public sealed class PlatformJsonTests
{
    private enum Channel
    {
        Hotline,
    }

    [Fact]
    public void Serialize_chineseText_isWrittenAsUtf8NotEscaped()
    {
        var json = JsonSerializer.Serialize(new { title = "中心吹哨、部门报到" }, PlatformJson.Options);

        Assert.Equal("""{"title":"中心吹哨、部门报到"}""", json);
    }

    [Fact]
    public void Serialize_htmlSensitiveCharacters_remainEscaped()
    {
        var json = JsonSerializer.Serialize(new { text = "<script>" }, PlatformJson.Options);

        Assert.DoesNotContain("<", json);
    }

    [Fact]
    public void Serialize_enum_isItsName()
    {
        Assert.Equal("""{"channel":"Hotline"}""", JsonSerializer.Serialize(new { channel = Channel.Hotline }, PlatformJson.Options));
    }
}
