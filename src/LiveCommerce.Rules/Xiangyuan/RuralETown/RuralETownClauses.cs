using System.Collections.Frozen;
using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown;

/// <summary>
/// Every deliverable of 三、实施内容执行标准 (一)–(九) as data: id, citation (section as numbered in the seed, verbatim
/// clause), the checks of its "(1)基本要求" and the evidence documents its "(2)服务要求" names.
/// </summary>
/// <remarks>A bare target number ("培训人次200人", "搭建1个") is read as a minimum to reach (wording 达, ≥): delivering more
/// is never a shortfall.</remarks>
internal static class RuralETownClauses
{
    private const string Bare = "达";

    /// <summary>The parameter key of a check that is the deliverable's own id (<see cref="ThresholdSpec.KeyOn"/>).</summary>
    private const string Own = "";
    private static readonly Severity Soft = Severity.InPrinciple;

    private static SourceDocument Doc => XiangyuanDocuments.RuralETownStandard;

    /// <summary>The venues a live-selling event may name; the first three must each be used.</summary>
    public static ImmutableArray<string> LiveVenues { get; } = ["直播间", "原产地", "展厅", "其他"];

    /// <summary>The official accounts a content push may name.</summary>
    public static ImmutableArray<string> PushAccounts { get; } = ["微信公众号", "微博", "抖音"];

    public static ImmutableArray<DeliverableSpec> All { get; } =
    [
        // 二、项目固定执行标准: what the contractor must have and keep whatever the deliverable (its acceptance materials among them).
        D("XY-F-1-ORGANISATION", "二、(一)", "服务机构", "Service organisation",
            [("2.", "受托方应配备项目落地专业技术人员"), ("3.", "受托方对全县情况深入调查,掌握全县电商情况"), ("4.", "受托方因地制宜,挖掘特色,应提供项目各任务工作方案和细节方案"), ("5.", "第三方应保证资质齐全、可信度高")],
            "The contractor staffs the project with technical experts, surveys the county and provides a work plan and detailed plans per task; third parties are fully qualified.",
            ["项目各任务工作方案和细节方案"],
            Has("条件", "Conditions", "配备项目落地专业技术人员", "掌握全县电商情况", "第三方资质齐全、可信度高")),
        D("XY-F-2-STAFF", "二、(二)", "项目人员", "Project staff",
            [("1.", "受托方项目人员应具有良好的职业素养"), ("2.", "项目人员拥有一定的经验,并应具备相应行业资质和操作案例")],
            "The contractor's staff are professional and experienced, with the industry qualifications and case records to show it.",
            ["项目人员行业资质和操作案例资料"],
            Has("条件", "Conditions", "良好的职业素养", "一定的经验")),
        D("XY-F-3-RULES", "二、(三)", "规章制度", "Internal rules",
            [("1.", "受托方应提供内部管理制度及团队岗位职责"), ("2.", "受托方应提供内部资金使用和内部资产管理等制度"), ("3.", "受托方与第三方服务合同内容详细准确,保障要素基本齐全")],
            "Internal management rules and job descriptions, internal fund-use and asset rules, and complete, precise third-party contracts.",
            ["内部管理制度及团队岗位职责", "内部资金使用和内部资产管理制度", "与第三方的服务合同"],
            Has("条件", "Conditions", "第三方服务合同内容详细准确、保障要素基本齐全")),
        D("XY-F-4-MANAGEMENT", "二、(四)", "项目管理", "Project management",
            [("1.", "受托方应有项目资金的用途、安排依据和计划"), ("2.", "受托方应有项目计划、流程,并预警项目风险"), ("3.", "受托方需高度重视数据统计和信息报送工作,定期向委托方报送项目建设进度和资金使用情况"), ("4.", "配合委托方定期督促、检查、验收工作"), ("5.", "受托方应建立自查自纠项目管理制度")],
            "A fund-use plan, a project plan with risk warnings, regular progress and fund-use reports to the principal, cooperation with its inspections and a self-inspection system.",
            ["项目资金用途、安排依据和计划", "项目计划、流程和风险预警资料", "向委托方报送的项目建设进度和资金使用情况", "自查自纠项目管理制度"],
            Has("条件", "Conditions", "配合委托方定期督促、检查、验收")),
        D("XY-F-5-RECORDS", "二、(五)", "项目资料与验收资料", "Project records and acceptance materials",
            [("", "项目资料要求实时更新、真实有效、内容清晰"), ("1.(1)", "人员聘用劳动合同(劳务协议)"), ("1.(2)", "项目实施工作台账"), ("2.(1)", "项目验收评分细则、进度任务等相关佐证资料"), ("2.(2)", "第三方审计相关资料"), ("2.(3)", "项目资金使用明细表和凭证")],
            "Records kept current, true and clear: employment contracts and the work ledger; for acceptance, the scoring rules with evidence, the third-party audit and the fund-use statement with vouchers.",
            ["人员聘用劳动合同(劳务协议)", "项目实施工作台账", "项目验收评分细则、进度任务等相关佐证资料", "第三方审计相关资料", "项目资金使用明细表和凭证"],
            Has("条件", "Conditions", "资料实时更新、真实有效、内容清晰")),

        // (一)培育乡村e镇主导产业
        D("XY-1-1-RESEARCH", "三、(一)1.", "主导产业调研", "Research on the leading industries",
            [("(1)1)", "市场调研应结合主导产业规划进行调研方案策划"), ("(1)2)", "市场调研应形成基本档案及调研报告")],
            "A research plan, a base archive and a research report on the leading industries.",
            ["调研策划方案资料", "调研基本档案资料", "调研报告和产业发展情况资料"],
            Has("调研成果", "Research outputs", "调研方案", "基本档案", "调研报告")),
        D("XY-1-2-STANDARD-PRODUCTS", "三、(一)2.", "主导产业标准化", "Standardization of the leading industries",
            [("", "制定襄垣手工挂面等特色产品规格标准、产品分级标准、包装标准、产品检测标准等一系列标准;制定产品监管制度及农产品电商准入标准,为电商企业提供标准化网货产品5种以上"), ("(1)1)", "建立知名企业电商平台供应链基地"), ("(1)2)", "通过线上公示、标准手册、上制度牌、入户指导、培训推广等方式宣传标准,使企业、商家和农户使用和遵从"), ("(1)3)", "对襄垣主导产业全过程进行标准化管理和质量控制"), ("(1)4)", "建立完善的农产品市场质量安全准入制度"), ("(1)5)", "形成准入、准出、监督、处罚等相应的产业管理机制")],
            "Product, grading, packaging and testing standards, supervision rules and e-commerce admission standards; at least 5 standardized net products; standards issued by the public service centre; a supply-chain base, standards promoted and applied, and admission, exit, supervision and penalty mechanisms.",
            ["主导产业供应链标准文件", "标准文件推广宣传佐证资料", "主体标准应用资料", "农产品市场质量安全准入制度公示", "品控服务工作资料", "质量安全和标准应用监管工作记录"],
            Has("其他基本要求", "Other basic requirements", "知名企业电商平台供应链基地", "标准宣传推广(线上公示、标准手册、制度牌、入户指导、培训)", "全过程标准化管理和质量控制", "农产品市场质量安全准入制度", "准入、准出、监督、处罚产业管理机制"),
            Count(Own, "标准化网货产品(种)", "Standardized net products", 5, "以上"),
            Has("标准与制度", "Standards and rules", "产品规格标准", "产品分级标准", "包装标准", "产品检测标准", "产品监管制度", "农产品电商准入标准", "标准由电子商务公共服务中心立项发布")),
        D("XY-1-3-TRACE-PLATFORM", "三、(一)3.", "农产品质量安全追溯与监管平台", "Agricultural product traceability and supervision platform",
            [("(1)1)", "搭建1个襄垣农产品质量安全追溯与监管平台,主要包含备案管理、质量溯源与品控管理、质量检测管理、标识管理、公共服务等系统"), ("(1)2)", "溯源码应确保每物一码且可严格记录由生产到销售每一环节的数据信息")],
            "One traceability platform with the filing, tracing and quality control, testing, labelling and public service systems; one code per item, recording every stage from production to sale.",
            ["系统长效运行记录", "数据安全保障资料", "设备采购符合国家标准证明", "资产登记清单", "信息录入指导记录", "系统维护及数据备份记录"],
            Count(Own, "追溯与监管平台(个)", "Traceability platforms", 1, Bare),
            Has("平台系统", "Platform modules", "备案管理", "质量溯源与品控管理", "质量检测管理", "标识管理", "公共服务"),
            Has("溯源码", "Trace codes", "每物一码", "记录由生产到销售每一环节的数据信息")),
        D("XY-1-4-SUPPLY-CHAIN", "三、(一)4.", "上下游产业链供应链", "Upstream and downstream supply chains",
            [("", "打造不少于1个以手工挂面、老粗布等产业为代表的上下游产业链供应链")],
            "At least one upstream-downstream supply chain built around hand-made noodles, coarse cloth and similar industries.",
            ["电商资源考察资料", "订单系统建设及运营资料", "订单数据记录和销售统计资料"],
            Count(Own, "产业链供应链(个)", "Supply chains", 1, "不少于"),
            Has("对接", "Connections", "对接省内外优质电商资源", "B端订单收集")),
        D("XY-1-5-SINKING-PILOT", "三、(一)5.", "大型企业下沉供应链试点", "Large-enterprise supply-chain sinking pilot",
            [("(1)1)", "下沉供应链试点对接大型企业应不少于1家"), ("(1)2)", "对接后的企业订单应通过新零售、落地配模式实现")],
            "At least one large enterprise connected; its orders fulfilled through new retail or local delivery.",
            ["电商资源考察资料", "订单数据记录和销售统计资料"],
            Count(Own, "对接大型企业(家)", "Large enterprises connected", 1, "不少于"),
            Has("订单模式", "Order model", "订单通过新零售、落地配模式实现")),

        // (二)培育引进电子商务企业
        D("XY-2-1-LEADING-ENTERPRISES", "三、(二)1.", "电商龙头企业", "Leading e-commerce enterprises",
            [("(1)1)", "积极培育电商龙头企业应不少于5家"), ("(1)2)", "应确保引进和培育的龙头企业有网店、公众号、视频号、短视频平台等相关平台运营及信息发布记录"), ("(1)3)", "积极培育电商龙头企业树立典型和榜样,起到模范带头效应")],
            "At least 5 leading e-commerce enterprises, each with online store, official account or video account operating records.",
            ["培育服务记录", "扶持政策落实记录(申请表、批复文件、落实记录、企业确认签章)", "培育前后成效对比和销售额增长材料", "带动创业就业人数和效果资料"],
            Has("其他基本要求", "Other basic requirements", "龙头企业树立典型和榜样"),
            Count(Own, "电商龙头企业(家)", "Leading enterprises", 5, "不少于"),
            Has("条件", "Conditions", "龙头企业均有平台运营及信息发布记录")),
        Policy("XY-2-2-SUPPORT-POLICY", "三、(二)2.", "扶持奖补政策", "Support and reward policy", "专项资金管理办法",
            "The policy follows the special-fund rules and is reviewed, approved and publicly announced before execution.",
            "扶持奖补对象公示"),
        D("XY-2-3-PRODUCT-HALL", "三、(二)3.", "电商平台特色产品馆", "Specialty product hall on e-commerce platforms",
            [("(1)1)", "在主流电商平台开设一个或以上襄垣县特色产品馆"), ("(1)2)", "建立襄垣县长效稳定、管理严格、服务周到的网货供应体系")],
            "At least one Xiangyuan specialty product hall on a mainstream platform, with a stable supply system.",
            ["特色网货产品库和宣传手册", "特色产品素材库(主图、详情页、产品短视频)", "专有运营团队", "日常运营和维护记录", "销售明细清单及销售数据统计"],
            Count(Own, "特色产品馆(个)", "Product halls", 1, "以上"),
            Has("供应体系", "Supply system", "网货供应体系")),
        D("XY-2-4-SHOWROOMS", "三、(二)4.", "特色农产品展示销售区", "Specialty product showrooms",
            [("", "在北京、太原等城市人流密集区各开设1个襄垣特色农产品展示销售区"), ("(1)2)", "安排专人或进行委托销售")],
            "One showroom each in Beijing and Taiyuan, in high-footfall areas, with display, tasting, live streaming and sales functions.",
            ["展销区运营管理和产品供应制度", "活动策划、执行、复盘方案", "销售明细清单及销售金额记录、日常运营资料"],
            Has("其他基本要求", "Other basic requirements", "安排专人或委托销售"),
            ItemCount("-BEIJING", "北京", "北京展示销售区(个)", "Showrooms in Beijing", 1, Bare),
            ItemCount("-TAIYUAN", "太原", "太原展示销售区(个)", "Showrooms in Taiyuan", 1, Bare),
            Has("条件", "Conditions", "位于人流密集区域", "陈列展示、体验品鉴、实景直播、销售对接功能")),
        D("XY-2-5-FINANCE-CENTRE", "三、(二)5.", "金融服务中心", "Financial service centre",
            [("", "建立服务乡村e镇相关企业的金融服务中心,引进不少于1家金融机构"), ("(1)1)", "应对襄垣县乡村e镇项目的服务企业和创业经营主体推出专项支持金融贷款产品或惠农扶持政策,并简化授信流程"), ("(1)2)", "应提供相应规章制度,保证金融数据存储安全")],
            "A financial service centre with at least one financial institution, dedicated loan products and data-security rules.",
            ["金融服务机构合作协议、工作证明", "金融服务数据记录、统计资料"],
            Has("其他基本要求", "Other basic requirements", "简化授信流程"),
            Count(Own, "引进金融机构(家)", "Financial institutions", 1, "不少于"),
            Has("条件", "Conditions", "专项金融贷款产品或惠农扶持政策", "金融数据安全规章制度")),

        // (三)发展跨境电商
        Policy("XY-3-1-CROSS-BORDER-POLICY", "三、(三)1.", "跨境电商扶持政策", "Cross-border e-commerce support policy", "资金专项管理办法",
            "The cross-border policy covers the three measures its heading names (tax incentives, cross-border logistics subsidies, cross-border e-commerce finance), follows the special-fund rules and is reviewed, approved and announced before execution.",
            "扶持对象公示",
            ("", "出台跨境电商相关的“税收优惠、跨境物流补贴、跨境电商金融”政策等"),
            Has("政策内容", "Policy measures", "税收优惠", "跨境物流补贴", "跨境电商金融")),
        D("XY-3-2-CROSS-BORDER-TRAINING", "三、(三)2.", "跨境电商培训(孵化)基地", "Cross-border training (incubation) base",
            [("", "培训人次200人"), ("(1)1)", "跨境电子商务创业培训基地应位于电商中心内,且面积原则上应不小于100㎡"), ("(1)2)", "基地应配备培训桌椅、显示屏1个、话筒音响1套等基本培训设备"), ("(1)3)", "具备备案登记、政策扶持咨询、代运营、营销、客服、物流仓储、技术支持、数据服务、法律咨询、知识产权咨询等功能")],
            "200 trainee-times of cross-border training; the base inside the e-commerce centre, in principle at least 100 m², with desks, one screen and one microphone/speaker set, and ten service functions (filing … IP advice).",
            ["设备采购符合国家标准证明", "资产登记清单", "场地、设备使用记录", "培训计划和课程规划", "培训课程教材、目录、编制、安排、通知", "培训讲师资质和培训课件", "培训人员名录、培训记录、培训回访", "学员档案和培训工作实效总结"],
            Has("功能", "Functions", "备案登记", "政策扶持咨询", "代运营", "营销", "客服", "物流仓储", "技术支持", "数据服务", "法律咨询", "知识产权咨询"),
            Count(Own, "跨境电商培训(人次)", "Cross-border trainee-times", 200, Bare),
            AreaOf("-AREA", 100, "不小于", Soft),
            Has("位置与设备", "Location and equipment", "位于电商中心内", "培训桌椅", "显示屏", "话筒音响")),
        D("XY-3-3-CROSS-BORDER-ENTERPRISE", "三、(三)3.", "跨境电商龙头企业", "Leading cross-border enterprises",
            [("(1)", "引进和培育跨境电商龙头企业应不少于1家")],
            "At least one leading cross-border e-commerce enterprise brought in or cultivated.",
            ["入驻指导、数据统计、疑难解答服务记录", "奖补政策落实记录(申请表、批复文件、落实记录、企业确认签章)", "培育前后成效对比和销售额增长材料", "带动创业就业人数和效果资料"],
            Count(Own, "跨境电商龙头企业(家)", "Leading cross-border enterprises", 1, "不少于")),
        D("XY-3-4-CROSS-BORDER-PLATFORM", "三、(三)4.", "第三方跨境平台对接", "Third-party cross-border platforms",
            [("(1)1)", "应对接至少1家跨境平台进行本地特色农产品销售"), ("(1)2)", "跨境平台应有专人负责运营、维护")],
            "At least one cross-border platform selling local products, with a dedicated operator.",
            ["跨境平台对接及注册资料", "跨境平台运营方案", "跨境平台销售明细清单及销售数据统计"],
            Count(Own, "对接跨境平台(家)", "Cross-border platforms", 1, "至少"),
            Has("条件", "Conditions", "专人运营维护")),

        // (四)打造区域公用品牌
        D("XY-4-1-PUBLIC-BRAND", "三、(四)1.", "农产品区域公用品牌", "Regional public agricultural brand",
            [("", "成功培育1个农产品区域公用品牌"), ("(1)2)", "品牌商标需为“集体商标”"), ("(1)3)", "专业团队制作品牌视觉识别系统(VIS)手册"), ("(2)3)", "开展1场区域公用品牌LOGO和品牌口号投票活动"), ("(1)1)", "建设品牌价值体系,包括品牌LOGO、品牌口号、形象视觉、价值符号、品牌故事、品牌定位、品牌理念等"), ("(1)2)", "加快品牌商标注册、知识产权注册、作品著作权登记等进程")],
            "One regional public brand, its trademark a collective trademark, a VIS manual by a professional team and one logo/slogan vote.",
            ["品牌战略研究和市场分析报告", "区域公用品牌提报方案和解读", "注册受理通知书、商标注册证", "VIS设计手册", "宣传物品制作预算及结算清单、样品、物料资料"],
            Has("其他基本要求", "Other basic requirements", "品牌商标注册", "知识产权注册", "作品著作权登记"),
            Count(Own, "区域公用品牌(个)", "Regional public brands", 1, Bare),
            Has("品牌要件", "Brand essentials", "品牌价值体系", "集体商标", "VIS手册", "LOGO和品牌口号投票活动")),
        D("XY-4-2-SMALL-BRANDS", "三、(四)2.", "“小而美”自主品牌", "Small-and-beautiful own brands",
            [("(1)1)", "品牌培育应不少于5个"), ("(1)2)", "品牌打造内容应涉及品牌设计、产品研发、包装升级等"), ("(1)3)", "品牌打造应开展相应宣传推广活动")],
            "At least 5 own brands, with design, product development, packaging upgrade and promotion.",
            ["品牌企业信息及资质", "品牌设计及产品研发工作记录和样品", "宣传推广活动资料(策划方案、执行清单、结算、复盘)"],
            Count(Own, "培育自主品牌(个)", "Own brands", 5, "不少于"),
            Has("品牌打造内容", "Brand work", "品牌设计", "产品研发", "包装升级", "宣传推广活动")),
        D("XY-4-3-NET-PRODUCTS", "三、(四)3.", "适销对路的网货产品", "Marketable net products",
            [("", "开发不少于5款适销对路的网货产品"), ("(1)3)", "网货开发和包装设计应聘用第三方机构进行"), ("(1)1)", "网货开发和包装设计应符合国家相关法律法规要求"), ("(1)2)", "网货开发和包装设计应符合品牌自身市场发展定位"), ("(1)4)", "包装设计制作应符合产品特色和卖点宣传需求"), ("(1)5)", "包装印刷制作符合国标、行标等要求")],
            "At least 5 net products, developed and packaged by a third-party agency to national standards.",
            ["第三方服务合同、研发设计方案、预算清单、数据记录", "产品检验报告", "产品和包装成品样品"],
            Has("其他基本要求", "Other basic requirements", "符合国家相关法律法规要求", "符合品牌自身市场发展定位", "符合产品特色和卖点宣传需求"),
            Count(Own, "网货产品(款)", "Net products", 5, "不少于"),
            Has("条件", "Conditions", "第三方机构开发和包装设计", "包装印刷符合国标、行标")),
        D("XY-4-4-BRAND-GOVERNANCE", "三、(四)4.", "区域公用品牌运行和管理制度", "Public brand governance",
            [("(1)1)", "制定区域公用品牌使用管理制度"), ("(1)2)", "制定区域公用品牌授权管控制度"), ("(1)3)", "制定品牌使用许可合同"), ("(1)4)", "品牌授权应经主管单位审核、批复、公示后方可使用")],
            "Usage rules, authorization rules and a licence contract; authorization reviewed, approved and announced before use.",
            ["制度制定及核准公示文件", "授权企业名单、申请表、授权协议、授权证书、品牌应用销售记录"],
            Has("制度", "Rules", "区域公用品牌使用管理制度", "区域公用品牌授权管控制度", "品牌使用许可合同", "授权经主管单位审核、批复、公示")),
        D("XY-4-5-LAUNCH-EVENT", "三、(四)5.", "区域公用品牌发布会", "Public brand launch event",
            [("(1)1)", "应举办1次区域公用品牌发布会"), ("(1)2)", "发布会参会单位及人员应包含主管单位、企业、媒体及其他相关嘉宾"), ("(1)3)", "发布会应设置产品展销、直播带货、产品推介、品牌授权、产销对接等环节")],
            "One launch event attended by the authority, enterprises, media and other guests, with all five segments.",
            ["发布会策划方案、执行方案及复盘总结", "邀约人员名录", "产品展销环节方案及产品清单", "品牌授权企业名单和授权协议", "直播环节方案、网红名录、直播产品清单", "展销及直播带货销售明细清单和数据统计", "媒体报道汇总资料"],
            Count(Own, "品牌发布会(次)", "Launch events", 1, Bare),
            Has("环节", "Segments", "产品展销", "直播带货", "产品推介", "品牌授权", "产销对接"),
            Has("参会单位及人员", "Attendees", "主管单位", "企业", "媒体", "其他相关嘉宾")),
        D("XY-4-6-NEW-MEDIA", "三、(四)6.", "新媒体平台", "New-media accounts",
            [("(1)1)", "应注册区域公用品牌公众号、微博、抖音等官方账号"), ("(1)2)", "应有专人进行运营维护"), ("(1)3)", "应保证每周推送内容"), ("(1)4)", "推送内容应与品牌主导产业、农特产品、时事内容、培育动态相关"), ("(1)5)", "应通过官方账号开设日常直播活动"), ("(1)6)", "应通过官方账号进行短视频拍摄进行品牌及产品宣传")],
            "Official WeChat, Weibo and Douyin accounts run by a dedicated operator, content pushed every week, daily live streams and short videos.",
            ["公众号、微博、抖音平台注册记录", "公众号、微博、抖音平台运营成效资料"],
            Has("其他基本要求", "Other basic requirements", "推送内容与主导产业、农特产品、时事内容、培育动态相关"),
            Has("官方账号", "Official accounts", "微信公众号", "微博", "抖音"),
            Has("运营", "Operation", "专人运营维护", "日常直播活动", "短视频宣传"),
            Cadence("-WEEKLY", "每周推送内容", "Weekly content pushes", CadencePeriod.Week, 1, "至少", p => p.ContentPushes.Select(c => c.Date))),
        D("XY-4-7-PROMO-VIDEO", "三、(四)7.", "宣传片", "Promotional film",
            [("", "设计制作襄垣乡村e镇及公用区域品牌宣传片1套"), ("(1)1)", "宣传片制作应聘用专业团队进行,时长不少于5分钟"), ("(1)2)", "宣传片编制应符合国家级媒体投放要求"), ("(1)3)", "宣传片应在微博、抖音等媒体平台进行长期宣传")],
            "One promotional film by a professional team, at least 5 minutes long, promoted on Weibo, Douyin and other platforms.",
            ["宣传片成品影片", "拍摄团队设计脚本资料", "视频拍摄素材资料", "视频剪辑工程文件", "媒体及平台投放记录"],
            Has("其他基本要求", "Other basic requirements", "符合国家级媒体投放要求"),
            Count(Own, "宣传片(套)", "Promotional films", 1, Bare),
            // "时长不少于5分钟" in seconds: a film of 4′40″ is 280 seconds, short of 300 (whole minutes would round it up).
            new MeasureSpec(RecordField.DurationSeconds, new ThresholdSpec("-SECONDS", new LocalizedText("宣传片时长(秒;5分钟 = 300秒)", "Film duration (seconds; 5 minutes = 300)"), Threshold.AtLeast(300, Unit.Count, "不少于")), r => r?.DurationSeconds ?? 0, []),
            Has("条件", "Conditions", "专业团队制作", "媒体平台长期宣传")),
        D("XY-4-8-WEEKLY-LIVE", "三、(四)8.", "直播带货活动", "Weekly live-selling events",
            [("(1)1)", "每周应举办至少1次直播带货活动"), ("(1)3)", "直播场地应包含直播间、原产地、展厅等相关场景"), ("(1)2)", "直播带货活动应主要针对乡村e镇及项目规划区域范围内的农特产品进行销售")],
            "At least one live-selling event in every week of the project; venues include a live room, a place of origin and a showroom.",
            ["直播活动策划方案、执行方案及复盘总结", "直播产品信息表", "直播带货销售明细清单和数据统计"],
            Has("其他基本要求", "Other basic requirements", "主要销售乡村e镇及项目规划区域内的农特产品"),
            Cadence(Own, "每周直播带货活动", "Weekly live-selling events", CadencePeriod.Week, 1, "至少", p => p.LiveSellingEvents.Select(e => e.Date)),
            new PresenceSpec(new LocalizedText("直播场景", "Venues"), [.. LiveVenues.Take(3)], false, static (c, venue) => HeldAt(c.Project, venue))),

        // (五)培育电商带头人
        D("XY-5-1-TRAINING-BASE", "三、(五)1.", "电商培训孵化基地", "E-commerce training (incubation) base",
            [("(1)1)", "电子商务培训(孵化)基地应位于襄垣电商公共服务中心内,且面积原则上应不小于100㎡"), ("(1)2)", "基地应配备培训桌椅、显示设备、话筒音响等培训设备"), ("", "具备会议桌椅、大屏显示、话筒音箱、教学手提电脑等基本的培训设备")],
            "The base inside the public service centre (shared with XY-3-2), in principle at least 100 m² (the heading's 使用面积不少于100㎡ is read with (1)1)'s 原则上), with desks, display and sound equipment and, from the heading's list, a teaching laptop.",
            ["设备采购符合国家标准证明", "资产登记清单和资产明细表", "场地、设备使用记录"],
            AreaOf(Own, 100, "不小于", Soft),
            Has("位置与设备", "Location and equipment", "位于电商公共服务中心内", "培训桌椅", "显示设备", "话筒音响", "教学手提电脑")),
        D("XY-5-2-TRAINING", "三、(五)2.", "电商培训机构与培训", "Training institutions and training",
            [("", "引进1家以上电商培训机构,"), ("", "培训人数不少于500人次"), ("(1)2)", "针对县、乡、村干部等开设政策解读、未来发展等宏观培训100人次;"), ("(1)2)", "开展普及培训300人次以上,专业网红直播技能培训100人次"), ("(1)1)", "资质齐全,有影响力"), ("(1)3)", "建立电商人才信息库人才对接,为培训学员提供就业机会")],
            "At least one training institution; at least 500 trainee-times in all, of which 100 cadre, 300 or more general and 100 influencer trainee-times.",
            ["培训计划和课程规划", "培训课程教材、目录、编制、安排、通知", "培训讲师资质和培训课件", "培训人员名录、培训记录、培训回访", "学员档案和培训工作实效总结"],
            Has("其他基本要求", "Other basic requirements", "培训机构资质齐全、有影响力", "电商人才信息库和就业对接"),
            Count("-INSTITUTIONS", "引进电商培训机构(家)", "Training institutions", 1, "以上"),
            ItemSum(Own, "培训总人次", "Trainee-times in all", 500, "不少于", TrainingStreams),
            ItemCount("-CADRES", TrainingStreams[0], "干部宏观培训(人次)", "Cadre trainee-times", 100, Bare),
            ItemCount("-GENERAL", TrainingStreams[1], "普及培训(人次)", "General trainee-times", 300, "以上"),
            ItemCount("-INFLUENCERS", TrainingStreams[2], "网红直播技能培训(人次)", "Influencer trainee-times", 100, Bare)),
        D("XY-5-3-LEADERS", "三、(五)3.", "电商带头人", "E-commerce leaders",
            [("(1)1)", "培育电商带头人应不少于5人"), ("(1)2)", "电商带头人跨区域学习交流")],
            "At least 5 e-commerce leaders, with cross-regional exchange.",
            ["定向培育方案", "营销、策划、信息咨询、研发设计服务资料", "电商带头人孵化培育记录", "带头人示范事迹及多媒体宣传资料"],
            Count(Own, "电商带头人(人)", "E-commerce leaders", 5, "不少于"),
            Has("条件", "Conditions", "跨区域学习交流")),
        D("XY-5-4-INFLUENCERS", "三、(五)4.", "本地网红主播", "Local influencers",
            [("(1)1)", "培育襄垣县网红主播数量应不少于5人"), ("(1)2)", "培育襄垣县网红主播账号应具备带货功能")],
            "At least 5 local influencers whose accounts can sell, given scripts, footage and product sourcing.",
            ["网红主播筛选名录和培育信息登记", "网红主播孵化记录、直播记录、直播数据", "网红主播人物传记"],
            Count(Own, "网红主播(人)", "Influencers", 5, "不少于"),
            Has("条件", "Conditions", "主播账号具备带货功能", "视频脚本、视频素材、网货对接服务")),
        D("XY-5-5-CONTEST", "三、(五)5.", "创业技能大赛", "Entrepreneurship skills contest",
            [("(1)1)", "创业技能大赛应保证每年至少举办1次"), ("(1)2)", "比赛获奖主体应长期持续服务,资源共享共谋本地电商发展"), ("(1)3)", "比赛获奖主体优秀人物专栏采访报道")],
            "At least one entrepreneurship skills or sales contest in every year of the project.",
            ["大赛策划方案及执行方案", "大赛参与人员或企业名录", "大赛赛程记录", "大赛赛后复盘资料", "奖金奖品申请、审核、批复、发放、领取记录", "获奖主体后期跟踪服务档案"],
            Has("其他基本要求", "Other basic requirements", "获奖主体长期持续服务", "获奖主体优秀人物专栏采访报道"),
            Cadence(Own, "每年创业技能大赛", "Yearly contests", CadencePeriod.Year, 1, "至少", p => p.Contests.Select(c => c.Date))),

        // (六)健全电商服务体系
        D("XY-6-1-SERVICE-CENTRE", "三、(六)1.", "电子商务公共服务中心", "E-commerce public service centre",
            [("(1)2)", "襄垣县电商中心改建原则上应不小于2000㎡"), ("(1)4)", "电商中心内设公共摄影室1间,公共会议室1间,网红直播间3个,企业入驻办公区,电商培训(孵化)基地1个,社会化服务区等必要功能区"), ("(1)1)", "对襄垣县电商中心功能区进行科学合理设计规划"), ("(1)3)", "襄垣县电商中心进行外立面改建、制作标牌标识等,内部装修、电商氛围环境营造等"), ("(1)5)", "必要设施设备按相关文件要求进行购置配备,做好资产管理使用工作"), ("(1)6)", "各功能区域制定相应的管理制度、管理流程,做好管理日志"), ("(1)7)", "打造一个电商综合对外展示的平台和窗口,可供参观、可供学习")],
            "In principle at least 2,000 m²; one photo studio, one meeting room, three live rooms, an enterprise office area, one training base and a social service area.",
            ["第三方施工无重大安全事故证明", "设备采购符合国家标准证明", "氛围营造物料符合行业标准证明", "资产登记清单和明细表", "第三方服务合同、设计效果图、预算、采购、改建前后对比、结算清单", "功能区域分布说明和使用记录", "参观交流、考察学习资料"],
            Has("其他基本要求", "Other basic requirements", "功能区科学合理设计规划", "外立面改建、标牌标识、内部装修和氛围营造", "设施设备购置配备和资产管理", "功能区域管理制度、管理流程和管理日志", "对外展示平台和窗口"),
            AreaOf(Own, 2000, "不小于", Soft),
            ItemCount("-LIVE-ROOMS", "网红直播间", "网红直播间(个)", "Live rooms", 3, Bare),
            Has("功能区", "Functional areas", "公共摄影室", "公共会议室", "网红直播间", "企业入驻办公区", "电商培训(孵化)基地", "社会化服务区")),
        D("XY-6-2-EXPERIENCE-CENTRE", "三、(六)2.", "电商产品展示体验中心", "Product experience centre",
            [("", "打造不小于700平方米的襄垣县电商产品展示体验中心"), ("(1)1)", "体验中心应具备文化展示、产品展销、实景直播、互动体验、研学、文创展示功能"), ("(1)2)", "必要设施设备按相关文件要求进行购置配备,做好资产管理使用工作"), ("(1)3)", "建立管理严格、长效稳定、标准清晰、服务周到的襄垣县电商产品展示体验中心供货体系")],
            "At least 700 m², with culture display, product sales, live streaming, interactive experience, study tours and cultural-creative display.",
            ["第三方施工无重大安全事故证明", "设备采购符合国家标准证明", "资产登记清单和明细表", "第三方服务合同、设计效果图、预算、采购、改建前后对比", "展示体验中心产品信息表", "接待记录及销售明细清单", "直播数据记录"],
            Has("其他基本要求", "Other basic requirements", "设施设备购置配备和资产管理", "体验中心供货体系"),
            AreaOf(Own, 700, "不小于", Severity.Mandatory),
            Has("功能", "Functions", "文化展示", "产品展销", "实景直播", "互动体验", "研学", "文创展示")),
        D("XY-6-3-INCUBATOR", "三、(六)3.", "电商企业创业孵化中心", "Enterprise incubation centre",
            [("(1)1)", "企业创业孵化中心应位于电商中心内"), ("(1)2)", "中心应具备电商市场主体注册或引入功能"), ("(1)3)", "中心应配备办公室原则上应不少于10个"), ("(1)4)", "中心有完善的入驻程序和退出机制(准入准出制度)")],
            "Inside the centre, able to register or bring in entities, in principle at least 10 offices, with entry and exit rules and one-to-one plans.",
            ["设备采购符合国家标准证明", "资产登记清单", "企业咨询、入驻信息记录", "入驻资料(申请、资质、协议、经营情况、团队花名册)", "发展方案、创业孵化记录、孵化成效对比"],
            Count(Own, "入驻办公室(个)", "Offices", 10, "不少于", Soft),
            Has("条件", "Conditions", "位于电商中心内", "市场主体注册或引入功能", "准入准出制度", "一对一发展规划")),
        D("XY-6-4-BIG-DATA", "三、(六)4.", "大数据展示平台", "Big-data display platform",
            [("", "建立1个襄垣县电商大数据平台"), ("", "包含电商交易额、市场主体、人才培训、网店渠道分布、企业品牌、物流快递、特色产品等数据"), ("(1)1)", "大数据展示平台应设于电商中心内"), ("(1)2)", "大数据中心应配备电子显示屏、电脑等数据整理及展示设备"), ("(1)3)", "大数据中心应提供相应规章制度,保证数据存储安全,真实有效"), ("(1)4)", "建立数据信息采集制度,建立健全电子商务统计监测体系")],
            "One big-data platform inside the centre showing the seven kinds of data its heading lists (transactions … specialty products), with display equipment, data-security rules and a data-collection system.",
            ["数据记录、统计资料", "设备采购符合国家标准证明", "维护及数据备份记录"],
            Has("其他基本要求", "Other basic requirements", "电子商务统计监测体系"),
            Count(Own, "大数据平台(个)", "Big-data platforms", 1, Bare),
            Has("条件", "Conditions", "设于电商中心内", "电子显示屏、电脑等展示设备", "数据安全规章制度", "数据信息采集制度"),
            Has("展示数据", "Data shown", "电商交易额", "市场主体", "人才培训", "网店渠道分布", "企业品牌", "物流快递", "特色产品")),
        D("XY-6-5-SERVICES", "三、(六)5.", "电商综合服务", "Comprehensive e-commerce services",
            [("(1)1)", "应组建专业运营团队进行运营"), ("(1)2)", "应具备全方位项目运营和电商综合技术服务的能力"), ("(1)3)", "襄垣县电商中心服务内容应公示开放")],
            "A professional operating team; the centre's services publicly listed and open.",
            ["专业运营人员组织架构及岗位职责", "咨询服务、增值记录档案", "服务过程、服务照片、前后效果对比资料", "资源引入和服务资料"],
            Has("其他基本要求", "Other basic requirements", "全方位项目运营和电商综合技术服务能力"),
            Has("条件", "Conditions", "专业运营团队", "服务内容公示开放")),
        D("XY-6-6-ONLINE-PLATFORM", "三、(六)6.", "线上公共服务平台", "Online public service platform",
            [("", "搭建1个线上电商公共服务平台")],
            "One online e-commerce public service platform with information, finance, logistics, credit, monitoring, risk, marketing and talent services.",
            ["平台长效运行记录", "数据安全保障资料", "第三方合作协议、服务证明", "平台维护及数据备份记录", "宣传记录、市场主体应用资料"],
            Count(Own, "线上公共服务平台(个)", "Online platforms", 1, Bare),
            Has("服务", "Services", "信息共享服务", "金融服务", "智能物流服务", "电商信用", "统计监测", "风险防控", "品牌营销服务", "人才服务")),
        D("XY-6-7-SALONS", "三、(六)7.", "电商交流沙龙会", "E-commerce salons",
            [("(1)1)", "电商沙龙会应保证每季度至少召开1次"), ("(1)2)", "沙龙会应保证有明确主题或探讨内容")],
            "At least one salon with a stated theme in every quarter of the project.",
            ["沙龙会主题策划方案及执行方案", "沙龙会邀约名单", "沙龙会参与名单", "沙龙会内容总结及媒体报道"],
            Cadence(Own, "每季度有明确主题的沙龙会", "Quarterly salons with a stated theme", CadencePeriod.Quarter, 1, "至少", p => p.Salons.Where(s => !string.IsNullOrWhiteSpace(s.Theme)).Select(s => s.Date))),
        D("XY-6-8-SERVICE-STATIONS", "三、(六)8.", "电子商务便民服务站体系", "Convenience service stations",
            [("(1)2)", "应具备信息咨询、职业介绍、快递收发、费用存缴、小额存取、电商创业、村货上行、生活便民等功能"), ("(1)3)", "各站点要求门牌标识、硬件配置、服务管理、物流配送等统一标准"), ("(1)1)", "站点应优先选取交通便捷,地理位置合理的固定经营场所"), ("(1)4)", "精准施策确定站点发展方向,提高站点自持营收能力")],
            "Stations offering all eight services under one standard for signs, hardware, management and delivery.",
            ["站点筛选名录和建设明细表", "站点申请、审核、批复、合作文件", "设备配置清单及安装签收记录", "站点业务合作协议", "站点业务培训和指导记录", "站点服务台账", "站点管理检查记录表和群众调查表", "站长成长日志、成果展示、优秀站长评比材料"],
            Has("其他基本要求", "Other basic requirements", "交通便捷、地理位置合理的固定经营场所", "站点发展方向和自持营收能力"),
            Has("站点功能", "Station functions", "信息咨询", "职业介绍", "快递收发", "费用存缴", "小额存取", "电商创业", "村货上行", "生活便民"),
            Has("统一标准", "Uniform standard", "门牌标识", "硬件配置", "服务管理", "物流配送")),

        // (七)完善物流配送体系
        D("XY-7-1-LOGISTICS-CENTRE", "三、(七)1.", "物流配送中心", "Logistics centre",
            [("", "升级改造不少于500平方米的乡村e镇物流配送中心"), ("(1)3)", "物流配送中心应具备仓储、分拣、收发中转、配送、办公等区域"), ("(1)1)", "物流配送中心选址应交通便利,利于物流中转、分拣生产作业"), ("(1)2)", "物流配送中心应实现统仓共配、降本提速目标"), ("(1)4)", "物流配送中心应配备分拣传送带、分拣设备、包装设备、信息处理、配送车辆等设备"), ("(1)5)", "制定相应的管理制度、登记流程、产品货架归类制度、问题件处理流程、配送员考核等")],
            "At least 500 m² with storage, sorting, transit, delivery and office areas and sorting, packing, IT and delivery equipment.",
            ["第三方施工无重大安全事故证明", "设备采购符合国家标准证明", "资产登记清单和明细表"],
            Has("其他基本要求", "Other basic requirements", "选址交通便利", "统仓共配、降本提速", "管理制度、登记流程、货架归类制度、问题件处理流程、配送员考核"),
            AreaOf(Own, 500, "不少于", Severity.Mandatory),
            Has("区域", "Areas", "仓储", "分拣", "收发中转", "配送", "办公"),
            Has("设备", "Equipment", "分拣传送带", "分拣设备", "包装设备", "信息处理设备", "配送车辆")),
        D("XY-7-2-DELIVERY", "三、(七)2.", "物流共同配送", "Joint delivery",
            [("(1)4)", "享受物流补贴的第三方物流公司不得以任何形式向群众收取取件费用"), ("(1)5)", "实现物流配送中心的货件正常情况下当天可送达(派出)各镇村,偏远镇村2天送达(派出)"), ("(1)1)", "应组建专业物流运营团队并制定相应岗位职责"), ("(1)2)", "整合快递、物流、商贸流通等企业开展市场化合作"), ("(1)3)", "合理开辟县城到镇、村的快递配送线路,结合电商服务站,完善农村物流配送网络")],
            "A professional team; same-day delivery to towns and villages, remote ones within 2 days; subsidised carriers charge no pick-up fee.",
            ["农村物流运营配送方案", "快递公司共配合作协议", "农村物流配送数据记录、统计资料"],
            Has("其他基本要求", "Other basic requirements", "物流运营团队岗位职责", "整合快递、物流、商贸流通企业开展市场化合作", "县城到镇、村的快递配送线路"),
            Has("条件", "Conditions", "专业物流运营团队", "当天送达(派出)各镇村", "偏远镇村2天送达(派出)", "不收取取件费用")),
        D("XY-7-3-LOGISTICS-PLATFORM", "三、(七)3.", "物流公共信息服务平台", "Logistics information platform",
            [("", "搭建1个县级物流公共服务平台")],
            "One county logistics public service platform with information, resource-integration and operations functions.",
            ["平台长效运行记录", "数据安全保障资料", "数据统计制度", "系统维护及数据备份记录"],
            Count(Own, "物流公共服务平台(个)", "Logistics platforms", 1, Bare),
            Has("功能", "Functions", "信息服务功能", "资源整合功能", "物流作业功能")),

        // (八)加强宣传强化管理
        D("XY-8-1-MEDIA-REPORTS", "三、(八)1.", "市级及以上媒体报道", "City-level or higher media reports",
            [("", "通稿分发市级及以上媒体的宣传报道不少于2篇"), ("(1)", "襄垣县电商发展模式、典型经验或做法被市级以上媒体报道或在全国性会议上工作经验交流发言")],
            "At least 2 reports in city-level or higher media (or, under MediaReportReading.SpeechSuffices, a speech at a national conference).",
            ["媒体宣传统计表", "媒体宣传报道截图等资料", "中央级、省级采纳推广佐证资料"],
            new OrSpeechSpec(Count(Own, "市级及以上媒体报道(篇)", "City-level or higher reports", 2, "不少于"), "全国性会议工作经验交流发言")),
        D("XY-8-2-MEDIA-MATRIX", "三、(八)2.", "媒体宣传矩阵", "Media matrix",
            [("", "搭建“襄垣县乡村e镇”媒体宣传矩阵,联动各级媒体,发布关于项目建设、时事报道、电商发展、项目成效、典型案例、经验做法、优秀人物、活动宣传等内容不低于80篇"), ("(1)1)", "开设微信公众号、微博号、抖音号、头条号等“襄垣县乡村e镇”自媒体官方账号"), ("(1)2)", "对接襄垣县官方媒体资源,宣传报道,营造氛围"), ("(1)3)", "对接省、市级主流新闻媒体资源")],
            "Own-media accounts and at least 80 published pieces.",
            ["媒体宣传统计表", "媒体宣传报道截图等资料"],
            Has("其他基本要求", "Other basic requirements", "对接襄垣县官方媒体资源", "对接省、市级主流新闻媒体资源"),
            Count(Own, "发布内容(篇)", "Published pieces", 80, "不低于"),
            Has("自媒体账号", "Own-media accounts", "微信公众号", "微博号", "抖音号", "头条号")),
        D("XY-8-3-CAMPAIGN", "三、(八)3.", "宣传活动与宣传手册", "Campaign and brochures",
            [("", "开展1次有关“襄垣县乡村e镇”的宣传活动,并编辑印刷宣传手册"), ("", "编辑印刷两类宣传手册"), ("(1)1)", "宣传手册应针对乡村e镇项目成效及电商政策、网货标准进行编辑"), ("(1)2)", "宣传应通过组织企业进行农产品展销、地推活动、工作人员入社区(户)发放等多种形式进行")],
            "One campaign and two kinds of brochure.",
            ["宣传手册设计文件及手册内容资料", "宣传入户区域规划方案、执行方案及发放记录"],
            Has("其他基本要求", "Other basic requirements", "宣传手册针对项目成效、电商政策、网货标准编辑", "多种形式宣传(展销、地推、入社区(户)发放)"),
            Count(Own, "宣传活动(次)", "Campaigns", 1, Bare),
            ItemCount("-BROCHURES", "宣传手册", "宣传手册(类)", "Kinds of brochure", 2, Bare)),

        // (九)市场主体发展
        D("XY-9-1-RETAIL", "三、(九)1.", "网络零售增长", "Online retail growth",
            [("", "项目实施期间网络零售额应≥3000万元/年,网络零售额同比增长率应≥10%")],
            "In every project year online retail is at least ¥30,000,000 and grows at least 10% year on year.",
            ["各企业销售额统计盖章或第三方数据机构报告", "县统计局盖章的网络零售额及增长率证明"],
            new MarketSpec(
                [
                    new ThresholdSpec(Own, new LocalizedText("年网络零售额下限", "Minimum yearly online retail"), Threshold.AtLeast(30_000_000m, Unit.Yuan, "≥")),
                    new ThresholdSpec("-GROWTH", new LocalizedText("网络零售额同比增长率下限", "Minimum year-on-year growth"), Threshold.AtLeast(10, Unit.Percent, "≥")),
                ],
                t => new RetailCheck(t[0], t[1]))),
        D("XY-9-2-NEW-ENTITIES", "三、(九)2.", "壮大市场主体", "New market entities",
            [("(1)", "乡村e镇项目区域范围内,新增法人单位≥10个/年/镇,其中开展电商业务市场主体≥60%")],
            "In every project year each town has at least 10 new legal entities, of which at least 60% do e-commerce.",
            ["新增单位营业执照复印件", "行政审批局新增市场主体证明材料"],
            new MarketSpec(
                [
                    new ThresholdSpec(Own, new LocalizedText("每镇每年新增法人单位下限", "Minimum new legal entities per town per year"), Threshold.AtLeast(10, Unit.Count, "≥")),
                    new ThresholdSpec("-ECOMMERCE", new LocalizedText("其中开展电商业务的比例下限", "Minimum share doing e-commerce"), Threshold.AtLeast(60, Unit.Percent, "≥")),
                ],
                t => new NewEntitiesCheck(t[0], t[1]))),
        D("XY-9-3-EMPLOYMENT", "三、(九)3.", "增加就业人员", "New employment",
            [("(1)1)", "乡村e镇项目建设实施期间新增就业数量>150人/年"), ("(1)2)", "所提供的带动就业人员需为乡村e项目培育或合作的企业")],
            "In every project year more than 150 new jobs at enterprises the project trained or partnered.",
            ["劳动合同", "企业薪资发放明细", "支付凭证"],
            new MarketSpec(
                [new ThresholdSpec(Own, new LocalizedText("年新增就业数量(不含本数)", "New employment per year (exclusive)"), Threshold.MoreThan(150, Unit.Count, ">"))],
                t => new EmploymentCheck(t[0])),
            Has("条件", "Conditions", "就业人员来自项目培育或合作的企业")),
    ];

    /// <summary>Each deliverable's position in <see cref="All"/>, by id.</summary>
    public static FrozenDictionary<string, int> IndexById { get; } = All.Select((s, i) => (s.Descriptor.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

    private static string[] TrainingStreams => ["县乡村干部宏观培训", "普及培训", "网红直播技能培训", "其他进阶培训"];

    /// <summary>A deliverable; <paramref name="clause"/> lists each verbatim fragment with where it stands below the
    /// section ("" for the section's heading or opening paragraph, "(1)2)" for item 2) of its 基本要求). The clause declares
    /// every threshold of its checks, in order.</summary>
    private static DeliverableSpec D(string id, string section, string zh, string en, (string At, string Text)[] clause, string summary, string[] evidence, params CheckSpec[] checks)
    {
        RuleDescriptor descriptor = new(id, new LocalizedText(zh, en), Cite(section, clause, summary), Severity.Mandatory, null, []);
        foreach (ThresholdSpec t in checks.SelectMany(c => c.Thresholds))
        {
            descriptor = descriptor.DeclaringThreshold(t.Label, t.Default, t.KeyOn(id), inPrinciple: t.InPrinciple);
        }

        // The deliverable's comparison is that of its quantities: a cadence is a rate per period, stated with its parameter.
        Comparison? comparison = checks.Where(c => c is not CadenceSpec).SelectMany(c => c.Thresholds).Select(t => (Comparison?)t.Default.Comparison).FirstOrDefault();
        return new DeliverableSpec(descriptor with { Comparison = comparison }, [.. checks], [.. evidence]);
    }

    /// <summary>三、(二)2. and 三、(三)1.: a support policy made under the special-fund rules (each clause names them in its own
    /// word order, <paramref name="fundRules"/>) and executed only once reviewed, approved and publicly announced; where the
    /// heading names the policy's measures (<paramref name="heading"/>), they are checked too (<paramref name="contents"/>).</summary>
    private static DeliverableSpec Policy(string id, string section, string zh, string en, string fundRules, string summary, string announcement, (string At, string Text)? heading = null, CheckSpec? contents = null) =>
        D(id, section, zh, en,
            [.. heading is { } h ? [h] : Array.Empty<(string, string)>(), ("(1)1)", $"政策应严格按照{fundRules}制定及执行"), ("(1)2)", "政策应经主管单位审核、批复、公示后方可执行")],
            summary,
            ["政策制定及核准公示文件", "市场主体申请、核准、批复资料", "奖补政策发放、领取记录", announcement],
            [Has("政策程序", "Policy procedure", $"按{fundRules}制定", "主管单位审核", "批复", "公示"), .. contents is { } c ? [c] : Array.Empty<CheckSpec>()]);

    /// <summary>One fragment is cited as one verbatim clause; several keep their own sections.</summary>
    private static Citation Cite(string section, (string At, string Text)[] clause, string summary) =>
        clause.Length == 1 && clause[0].At.Length == 0
            ? new Citation(Doc, section, clause[0].Text, summary)
            : Citation.Of(Doc, section, clause.OrderBy(c => c.At, StringComparer.Ordinal).Select(c => new CitationFragment(section + c.At, c.Text)), summary);

    private static MeasureSpec Count(string key, string zh, string en, decimal minimum, string wording, Severity severity = Severity.Mandatory) =>
        new(RecordField.Count, AtLeast(key, zh, en, minimum, Unit.Count, wording, severity), r => r?.Count ?? 0, []);

    private static MeasureSpec AreaOf(string key, decimal minimum, string wording, Severity severity) =>
        new(RecordField.Area, AtLeast(key, "使用面积", "Area", minimum, Unit.SquareMetres, wording, severity), r => r?.Area?.SquareMetres ?? 0m, []);

    private static MeasureSpec ItemCount(string key, string item, string zh, string en, decimal minimum, string wording) =>
        ItemSum(key, zh, en, minimum, wording, [item]);

    private static MeasureSpec ItemSum(string key, string zh, string en, decimal minimum, string wording, string[] items) =>
        new(RecordField.Items, AtLeast(key, zh, en, minimum, Unit.Count, wording, Severity.Mandatory), r => SumOf(r, items), [.. items]);

    private static ThresholdSpec AtLeast(string key, string zh, string en, decimal minimum, Unit unit, string wording, Severity severity) =>
        new(key, new LocalizedText(zh, en), Threshold.AtLeast(minimum, unit, wording), severity == Severity.InPrinciple);

    private static decimal SumOf(DeliverableRecord? record, string[] items)
    {
        decimal sum = 0m;
        if (record is not null)
        {
            foreach (DeliveredItem i in record.Items)
            {
                if (Array.IndexOf(items, i.Name) >= 0)
                {
                    sum += i.EffectiveCount;
                }
            }
        }

        return sum;
    }

    private static PresenceSpec Has(string zh, string en, params string[] names) =>
        new(new LocalizedText(zh, en), [.. names], true, static (c, name) => Delivered(c.Record, name));

    /// <summary>Whether some live-selling event was held at <paramref name="venue"/>.</summary>
    private static bool HeldAt(RuralETownProject project, string venue)
    {
        foreach (LiveSellingEvent e in project.LiveSellingEvents)
        {
            if (string.Equals(e.Venue, venue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the record lists <paramref name="name"/> with a count above zero.</summary>
    private static bool Delivered(DeliverableRecord? record, string name)
    {
        if (record is not null)
        {
            foreach (DeliveredItem i in record.Items)
            {
                if (i.EffectiveCount > 0 && string.Equals(i.Name, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static CadenceSpec Cadence(string key, string zh, string en, CadencePeriod period, decimal perPeriod, string wording, Func<RuralETownProject, IEnumerable<DateOnly>> dates) =>
        new(AtLeast(key, zh, en, perPeriod, Unit.Count, wording, Severity.Mandatory), period, dates);
}
