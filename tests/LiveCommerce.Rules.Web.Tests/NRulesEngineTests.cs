using System.Net;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Web.Tests.Support;

namespace LiveCommerce.Rules.Web.Tests;

/// <summary><c>engine=nrules</c> answers with the same bytes as the core engine for every shipped programme sample.</summary>
public sealed class NRulesEngineTests(WebHostFactory factory) : IClassFixture<WebHostFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (string folder in Directory.EnumerateDirectories(Repo.SamplesData).Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileName(folder);
            if (RuleCatalog.Default.TryGet(id, out var ruleSet) && ruleSet is not LiveCommerce.Rules.Goals.GoalSet)
            {
                foreach (string file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
                {
                    data.Add(id, Path.GetFileName(file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Evaluate_NRulesEngine_SameBytesAsTheCore(string ruleSetId, string file)
    {
        byte[] facts = Repo.Sample(ruleSetId, file);

        HttpResponseMessage core = await client.PostAsync($"/programs/{ruleSetId}/evaluate?asOf=2023-12-31", Http.Json(facts));
        HttpResponseMessage nrules = await client.PostAsync($"/programs/{ruleSetId}/evaluate?asOf=2023-12-31&engine=nrules", Http.Json(facts));

        Assert.Equal(core.StatusCode, nrules.StatusCode);
        Assert.Equal(await core.Content.ReadAsStringAsync(), await nrules.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/programs/hlj-shared-base/evaluate?asOf=2023-03-01&engine=drools")]
    [InlineData("/programs/sc-goals/evaluate?asOf=2023-03-01&engine=nrules")]
    public async Task Evaluate_UnknownEngineOrAGoalSetWithNRules_IsABadQuery(string url)
    {
        HttpResponseMessage response = await client.PostAsync(url, Http.Json(Repo.Sample("hlj-shared-base", "application-meets.json")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
