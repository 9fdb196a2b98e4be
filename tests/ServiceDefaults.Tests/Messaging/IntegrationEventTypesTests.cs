using System.Text.Json;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.ServiceDefaults.Tests.Messaging;

public sealed class IntegrationEventTypesTests
{
    [Fact]
    public void NameOf_contractEvent_isVersionFreeAndResolvesBack()
    {
        var name = IntegrationEventTypes.NameOf(typeof(CaseClosed));

        Assert.Equal("Qingmeng.Contracts.CaseClosed, Qingmeng.Contracts", name);
        Assert.Equal(typeof(CaseClosed), IntegrationEventTypes.Resolve(name));
    }

    [Fact]
    public void Resolve_unknownName_throwsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => IntegrationEventTypes.Resolve("Qingmeng.Contracts.NoSuchEvent, Qingmeng.Contracts"));

        Assert.Contains("NoSuchEvent", error.Message);
    }

    [Fact]
    public void Payload_roundTrip_keepsEventIdOccurrenceAndChineseText()
    {
        var closed = new CaseClosed(Guid.NewGuid(), "GD20260315000042", "ECON-RUN", "企业用电报装", "已协调供电所接电", "91350500MA31GJ8K73");

        var json = JsonSerializer.Serialize(closed, typeof(CaseClosed), PlatformJson.Options);
        var back = (CaseClosed)JsonSerializer.Deserialize(json, IntegrationEventTypes.Resolve(IntegrationEventTypes.NameOf(typeof(CaseClosed))), PlatformJson.Options)!;

        Assert.Equal(closed, back);
        Assert.Contains("企业用电报装", json);
    }
}
