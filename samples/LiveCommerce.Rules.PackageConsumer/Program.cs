using System.IO.Compression;
using System.Xml.Linq;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run --project samples/LiveCommerce.Rules.PackageConsumer -- SAMPLE.json FEED_FOLDER
// Proves the published package works: it restores by version, resolves through DI, evaluates a sample, and the
// .nupkg carries the readme, the XML docs, the license expression and repository metadata.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: PackageConsumer SAMPLE.json FEED_FOLDER");
    return 3;
}

var failures = new List<string>();

using ServiceProvider services = new ServiceCollection().AddLiveCommerceRules().AddNRules().BuildServiceProvider();
RuleCatalog catalog = services.GetRequiredService<RuleCatalog>();
string ruleSetId = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(args[0])))!;
EvaluationResult result = catalog[ruleSetId].EvaluateJson(File.ReadAllBytes(args[0]), new DateOnly(2023, 3, 1));
if (result.Report is not { } report)
{
    failures.Add("the sample did not evaluate: " + result.Validation);
}
else
{
    Console.WriteLine($"{report.RuleSetId}@{report.RuleSetVersion}: {report.Outcome}, {report.Findings.Length} findings, fingerprint {report.Fingerprint}");

    // The NRules package, by version too: the same report from the generated NRules rule set.
    Report? nrules = services.GetRequiredService<LiveCommerce.Rules.NRules.NRulesEvaluators>()[ruleSetId].EvaluateJson(File.ReadAllBytes(args[0]), new DateOnly(2023, 3, 1)).Report;
    if (nrules is null || LiveCommerce.Rules.Serialization.LiveCommerceJson.Serialize(nrules) != LiveCommerce.Rules.Serialization.LiveCommerceJson.Serialize(report))
    {
        failures.Add("the NRules package's report differs from the core's");
    }
    else
    {
        Console.WriteLine($"LiveCommerce.Rules.NRules: the same report, fingerprint {nrules.Fingerprint}");
    }
}

string version = typeof(RuleCatalog).Assembly.GetName().Version!.ToString(3);
string nupkg = Path.Combine(args[1], $"LiveCommerce.Rules.{version}.nupkg");
if (!File.Exists(nupkg))
{
    failures.Add($"{nupkg} not found");
}
else
{
    using ZipArchive zip = ZipFile.OpenRead(nupkg);
    string[] entries = [.. zip.Entries.Select(e => e.FullName)];
    foreach (string expected in new[] { "README.md", "lib/net10.0/LiveCommerce.Rules.dll", "lib/net10.0/LiveCommerce.Rules.xml" })
    {
        if (!entries.Contains(expected))
        {
            failures.Add($"the package lacks {expected}");
        }
    }

    using Stream nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
    XElement metadata = XDocument.Load(nuspec).Root!.Elements().First(e => e.Name.LocalName == "metadata");
    string? Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
    if (Value("license") != "MIT")
    {
        failures.Add("the package has no MIT license expression");
    }

    if (metadata.Elements().All(e => e.Name.LocalName != "repository"))
    {
        failures.Add("the package has no repository metadata");
    }

    if (Value("readme") != "README.md")
    {
        failures.Add("the package does not declare its readme");
    }

    if (!metadata.ToString().Contains("Microsoft.Extensions.DependencyInjection.Abstractions", StringComparison.Ordinal))
    {
        failures.Add("the package does not declare its dependency on Microsoft.Extensions.DependencyInjection.Abstractions");
    }
}

foreach (string failure in failures)
{
    Console.Error.WriteLine("package consumer: " + failure);
}

Console.WriteLine(failures.Count == 0 ? "package consumer: the published package works" : "package consumer: FAILED");
return failures.Count == 0 ? 0 : 1;
