import type { PlanAreaCode } from '@ascc/contracts';

/**
 * The tasks the plan assigns to each agency. Source: Kế hoạch số 38/KH-UBND ngày 30/6/2017 of Thái Bình
 * province (the text kept beside the project as plan-38-KH-UBND-2017.txt), section VII "Tổ chức thực
 * hiện", items 1–12 (lines 594–742 of that text), and section III.12 (lines 466–481), the districts' own
 * content. The Vietnamese is the plan's words (line breaks joined); the English is ours. The plan writes
 * each agency's tasks as dashes: the letters (VII.3.b = item 3, second dash) are ours, in the plan's
 * order. Items 13 and 14 are requests ("Đề nghị") to the Fatherland Front and the Party's propaganda
 * committee, bodies the People's Committee does not direct: they are not assigned tasks. A due date is
 * given only where the plan sets one; the others run to the plan's end (2025).
 *
 * `agency: 'districts'` is the plan's "UBND huyện, thành phố": every district-level committee, each
 * holding the task itself.
 */
export interface PlanTaskSeed {
  code: string;
  agency: string | 'districts';
  planAreas: PlanAreaCode[];
  textVi: string;
  textEn: string;
  due?: string;
  planRef: string;
}

export const PLAN_TASK_SEED: readonly PlanTaskSeed[] = [
  {
    code: 'VII.1.a',
    agency: 'SLDTBXH',
    planAreas: ['III.1', 'III.2'],
    textVi: 'Chủ trì, phối hợp các Sở, ngành liên quan tổ chức thực hiện hiệu quả Kế hoạch đã đề ra.',
    textEn: 'Lead the departments concerned in carrying out the plan effectively.',
    planRef: 'VII.1 (dòng 600–602)',
  },
  {
    code: 'VII.1.b',
    agency: 'SLDTBXH',
    planAreas: ['III.2'],
    textVi:
      'Triển khai các hoạt động đào tạo nghề nghiệp, giới thiệu việc làm và hướng dẫn thực hiện các chính sách liên quan đến công tác bảo trợ xã hội, an sinh xã hội.',
    textEn:
      'Run vocational training and job placement, and guide the policies on social protection and social security.',
    planRef: 'VII.1 (dòng 603–605)',
  },
  {
    code: 'VII.1.c',
    agency: 'SLDTBXH',
    planAreas: ['III.2'],
    textVi: 'Tổ chức bồi dưỡng, tập huấn, đào tạo cho cán bộ làm việc trong lĩnh vực ngành.',
    textEn: 'Train the staff working in the sector.',
    planRef: 'VII.1 (dòng 606–607)',
  },
  {
    code: 'VII.1.d',
    agency: 'SLDTBXH',
    planAreas: ['III.1'],
    textVi:
      'Kiểm tra, giám sát, tổng hợp và báo cáo tình hình thực hiện kế hoạch hàng năm, tham mưu UBND tỉnh tổ chức sơ kết thực hiện Kế hoạch giai đoạn 2017 - 2020, tổ chức tổng kết thực hiện Kế hoạch giai đoạn 2017 - 2025.',
    textEn:
      "Inspect, monitor, compile and report the plan's progress each year; advise the Provincial People's Committee on the 2017–2020 mid-term review and the 2017–2025 final review.",
    planRef: 'VII.1 (dòng 608–611)',
  },
  {
    code: 'VII.2.a',
    agency: 'SKHDT',
    planAreas: ['III.10'],
    textVi:
      'Chủ trì, phối hợp các Sở, ngành liên quan vận động nguồn hỗ trợ phát triển chính thức để thực hiện Kế hoạch.',
    textEn: 'Lead the mobilisation of official development assistance for the plan.',
    planRef: 'VII.2 (dòng 613–615)',
  },
  {
    code: 'VII.2.b',
    agency: 'SKHDT',
    planAreas: [],
    textVi:
      'Phối hợp các ngành tham mưu UBND tỉnh bố trí kinh phí thực hiện các nội dung, mục tiêu lồng ghép vào kế hoạch phát triển kinh tế - xã hội hàng năm của tỉnh.',
    textEn:
      "With the sectors, advise on funding the plan's contents and goals within the province's yearly socio-economic development plan.",
    planRef: 'VII.2 (dòng 616–618)',
  },
  {
    code: 'VII.3.a',
    agency: 'STC',
    planAreas: [],
    textVi:
      'Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội và các Sở, ngành có liên quan cân đối, trình UBND tỉnh bố trí kinh phí thực hiện theo nhiệm vụ chi được giao và nguồn vốn phù hợp theo khả năng cân đối ngân sách.',
    textEn:
      "With Labour and the departments concerned, balance and propose to the Provincial People's Committee the plan's funding within the budget.",
    planRef: 'VII.3 (dòng 619–622)',
  },
  {
    code: 'VII.3.b',
    agency: 'STC',
    planAreas: [],
    textVi:
      'Hàng năm, tại thời điểm xây dựng dự toán chi ngân sách, căn cứ khả năng cân đối ngân sách và dự toán đơn vị đề nghị, Sở Tài chính kiểm tra, tổng hợp kinh phí thực hiện Kế hoạch này vào dự toán chi ngân sách tỉnh, báo cáo UBND tỉnh trình Hội đồng nhân dân theo đúng quy định của Luật Ngân sách Nhà nước.',
    textEn:
      "Each year, when the budget is drawn up, check and consolidate the plan's funding into the provincial budget estimate for the People's Council.",
    planRef: 'VII.3 (dòng 623–627)',
  },
  {
    code: 'VII.4.a',
    agency: 'SVHTTDL',
    planAreas: ['III.5'],
    textVi:
      'Tổ chức, tham dự các hoạt động giao lưu văn hóa, thể thao, hội chợ, triển lãm tuyên truyền các tour, chuyến du lịch và các sản phẩm du lịch của tỉnh Thái Bình tại các quốc gia ASEAN, nhằm thu hút khách du lịch đến với tỉnh Thái Bình.',
    textEn:
      "Hold and attend cultural and sports exchanges, fairs and exhibitions promoting Thai Binh's tours and tourism products in ASEAN countries.",
    planRef: 'VII.4 (dòng 629–632)',
  },
  {
    code: 'VII.4.b',
    agency: 'SVHTTDL',
    planAreas: ['III.5'],
    textVi:
      'Chủ trì, phối hợp với Sở Thông tin và Truyền thông, Sở Ngoại vụ và các cơ quan liên quan nghiên cứu việc xây dựng góc ASEAN với hình thức thể hiện phù hợp ở các khu du lịch và một số địa điểm công cộng thích hợp tại trung tâm các huyện, thành phố.',
    textEn:
      'With Information and Communications and Foreign Affairs, study setting up ASEAN corners at tourist sites and public places in the district centres.',
    planRef: 'VII.4 (dòng 633–636)',
  },
  {
    code: 'VII.4.c',
    agency: 'SVHTTDL',
    planAreas: ['III.5'],
    textVi:
      'Xây dựng chương trình văn nghệ quần chúng để người dân được biết về Cộng đồng Văn hóa - Xã hội ASEAN.',
    textEn: 'Create a community arts programme that tells people about the ASEAN Socio-Cultural Community.',
    planRef: 'VII.4 (dòng 637–638)',
  },
  {
    code: 'VII.4.d',
    agency: 'SVHTTDL',
    planAreas: ['III.5'],
    textVi:
      'Đẩy mạnh công tác xã hội hóa trong việc vận động các tổ chức, cá nhân đầu tư xây dựng các công trình thể thao, cơ sở dịch vụ thể thao trang bị các dụng cụ tập luyện thể thao ngoài trời tại các điểm công cộng.',
    textEn:
      'Encourage organisations and individuals to invest in sports facilities and outdoor exercise equipment in public places.',
    planRef: 'VII.4 (dòng 639–642)',
  },
  {
    code: 'VII.5.a',
    agency: 'SNGV',
    planAreas: ['III.10'],
    textVi:
      'Chủ trì, phối hợp Hội Liên hiệp các tổ chức hữu nghị tỉnh, các Sở, ngành, hội, đoàn thể, địa phương trong việc vận động nguồn lực các tổ chức phi Chính phủ nước ngoài đến từ các nước trong khu vực cộng đồng ASEAN và các nước khác trên thế giới để thực hiện Kế hoạch.',
    textEn:
      'With the Union of Friendship Organisations and others, mobilise resources from foreign non-governmental organisations for the plan.',
    planRef: 'VII.5 (dòng 644–647)',
  },
  {
    code: 'VII.5.b',
    agency: 'SNGV',
    planAreas: ['III.9'],
    textVi:
      'Tham mưu cho UBND tỉnh tổ chức các đoàn nghệ thuật tham gia các sự kiện giao lưu văn hóa với các nước trong khu vực ASEAN và kết hợp vận động đầu tư, quảng bá du lịch, xúc tiến thương mại cho tỉnh nhà.',
    textEn:
      'Advise on sending art troupes to cultural exchanges with ASEAN countries, combined with investment, tourism and trade promotion.',
    planRef: 'VII.5 (dòng 648–651)',
  },
  {
    code: 'VII.5.c',
    agency: 'SNGV',
    planAreas: ['III.9', 'III.5'],
    textVi:
      'Phối hợp Sở Văn hóa - Thể thao và Du lịch tổ chức các sự kiện văn hóa đối ngoại của tỉnh Thái Bình với các tỉnh và các nước trong khối ASEAN nhằm quảng bá về vùng đất, con người Thái Bình.',
    textEn:
      'With Culture, Sports and Tourism, hold cultural diplomacy events with ASEAN provinces and countries promoting Thai Binh.',
    planRef: 'VII.5 (dòng 652–654)',
  },
  {
    code: 'VII.6.a',
    agency: 'STTTT',
    planAreas: ['III.9'],
    textVi:
      'Bám sát định hướng tuyên truyền của Trung ương, của tỉnh hướng dẫn, đôn đốc các cơ quan báo chí xây dựng kế hoạch tổ chức thực hiện các nội dung tuyên truyền.',
    textEn: 'Following central and provincial guidance, guide the press in planning their coverage.',
    planRef: 'VII.6 (dòng 656–658)',
  },
  {
    code: 'VII.6.b',
    agency: 'STTTT',
    planAreas: ['III.9'],
    textVi:
      'Xây dựng và duy trì Chuyên trang ASEAN trên Cổng Thông tin điện tử tỉnh, cung cấp và phổ biến thông tin tới người dân dưới hình thức tiếng Việt và tiếng Anh.',
    textEn: "Build and keep an ASEAN section on the province's web portal, in Vietnamese and English.",
    planRef: 'VII.6 (dòng 659–669)',
  },
  {
    code: 'VII.6.c',
    agency: 'STTTT',
    planAreas: ['III.9'],
    textVi:
      'Có đường dẫn (link) liên kết đến Cổng Thông tin điện tử tuyên truyền về ASEAN của Bộ Thông tin và Truyền thông, Bộ Ngoại giao và các Bộ, ngành có liên quan.',
    textEn: "Link to the ministries' ASEAN portals.",
    planRef: 'VII.6 (dòng 670–672)',
  },
  {
    code: 'VII.6.d',
    agency: 'STTTT',
    planAreas: ['III.9'],
    textVi:
      'Tổ chức in ấn, phát hành các ấn phẩm, tờ rơi tuyên truyền, quảng bá về sự hình thành và phát triển của ASEAN, mục tiêu và nội hàm của Cộng đồng Văn hóa - Xã hội ASEAN, sự tham gia của Việt Nam trong ASEAN.',
    textEn:
      "Print and distribute publications and leaflets about ASEAN, its Socio-Cultural Community and Viet Nam's part in it.",
    planRef: 'VII.6 (dòng 673–675)',
  },
  {
    code: 'VII.7.a',
    agency: 'SGDDT',
    planAreas: ['III.3'],
    textVi:
      'Nghiên cứu đưa các nội dung giới thiệu về cộng đồng Văn hóa - Xã hội ASEAN vào chương trình giảng dạy, sinh hoạt ngoại khóa trong các trường Trung học phổ thông, Trung tâm Giáo dục thường xuyên và các trường Cao đẳng, Đại học trên địa bàn tỉnh.',
    textEn:
      'Study bringing the ASEAN Socio-Cultural Community into the teaching and extra-curricular activities of upper secondary schools, continuing-education centres, colleges and universities.',
    planRef: 'VII.7 (dòng 677–680)',
  },
  {
    code: 'VII.7.b',
    agency: 'SGDDT',
    planAreas: ['III.3'],
    textVi:
      'Xây dựng và triển khai kế hoạch phát triển giáo dục - đào tạo, cơ sở vật chất, thiết bị trường học và đầu tư công giai đoạn 2017 - 2025.',
    textEn:
      'Draw up and carry out the 2017–2025 plan for education, school facilities, equipment and public investment.',
    planRef: 'VII.7 (dòng 681–683)',
  },
  {
    code: 'VII.8.a',
    agency: 'SYT',
    planAreas: ['III.4'],
    textVi:
      'Nâng cao chất lượng các dịch vụ chẩn đoán, phục hồi chức năng, điều trị tại các cơ sở khám, chữa bệnh; thực hiện tốt quy chế bệnh viện. Từng bước phát triển chương trình phục hồi chức năng tại cộng đồng để đáp ứng nhu cầu của người bệnh.',
    textEn:
      'Improve diagnosis, rehabilitation and treatment in health facilities, apply the hospital rules, and develop community-based rehabilitation.',
    planRef: 'VII.8 (dòng 686–689)',
  },
  {
    code: 'VII.8.b',
    agency: 'SYT',
    planAreas: ['III.4'],
    textVi:
      'Tổ chức khám, điều trị tốt cho người nghèo có thẻ BHYT, trẻ em dưới 6 tuổi, các đối tượng chính sách tại các tuyến.',
    textEn:
      'Examine and treat well the insured poor, children under 6 and policy beneficiaries at every level.',
    planRef: 'VII.8 (dòng 690–692)',
  },
  {
    code: 'VII.8.c',
    agency: 'SYT',
    planAreas: ['III.4'],
    textVi:
      'Thu hút các nguồn đầu tư từ các tổ chức chính phủ, phi chính phủ, các tổ chức tài chính để tiếp cận công nghệ mới, góp phần đẩy nhanh quá trình hội nhập trong lĩnh vực y, dược.',
    textEn:
      'Attract investment from governmental, non-governmental and financial organisations to reach new technology in medicine and pharmacy.',
    planRef: 'VII.8 (dòng 693–696)',
  },
  {
    code: 'VII.9.a',
    agency: 'SCT',
    planAreas: ['III.9'],
    textVi:
      'Chủ trì, phối hợp cùng Sở Ngoại vụ và các cơ quan liên quan tổ chức tuyên truyền, giới thiệu các cơ hội kinh doanh, các lợi ích kinh tế đem lại cho các doanh nghiệp, các cơ sở sản xuất kinh doanh trên địa bàn tỉnh khi Việt Nam tham gia Cộng đồng Văn hóa - Xã hội ASEAN thông qua tổ chức các hội chợ, hội thảo về thương mại gắn với chủ đề ASEAN.',
    textEn:
      "With Foreign Affairs, tell the province's businesses about the opportunities of the ASEAN Community through ASEAN-themed trade fairs and seminars.",
    planRef: 'VII.9 (dòng 697–701)',
  },
  {
    code: 'VII.10.a',
    agency: 'STNMT',
    planAreas: ['III.6'],
    textVi:
      'Nâng cao năng lực cho cán bộ, công chức, viên chức, người lao động từ tỉnh đến cơ sở và toàn thể nhân dân trên địa bàn tỉnh nhằm tăng cường sự tham gia trong quá trình xây dựng, thực hiện, giám sát và đánh giá các chương trình, chính sách, pháp luật, hoạt động về bảo vệ môi trường liên quan đến các lĩnh vực của Cộng đồng Văn hóa - Xã hội ASEAN trong điều kiện thích ứng với biến đổi khí hậu của tỉnh Thái Bình.',
    textEn:
      'Build the capacity of officials, workers and the public to take part in environmental programmes and policies, adapting to climate change.',
    planRef: 'VII.10 (dòng 703–709)',
  },
  {
    code: 'VII.10.b',
    agency: 'STNMT',
    planAreas: ['III.6'],
    textVi:
      'Triển khai thực hiện các nhiệm vụ về bảo tồn, quản lý bền vững đa dạng sinh học và nguồn tài nguyên thiên nhiên trên địa bàn tỉnh; xây dựng các chương trình, kế hoạch sử dụng tiết kiệm, có hiệu quả các nguồn tài nguyên thiên nhiên nhằm góp phần phát triển Cộng đồng ASEAN bền vững.',
    textEn:
      'Conserve and sustainably manage biodiversity and natural resources, and plan their thrifty and efficient use.',
    planRef: 'VII.10 (dòng 710–714)',
  },
  {
    code: 'VII.10.c',
    agency: 'STNMT',
    planAreas: ['III.6', 'III.7'],
    textVi:
      'Phối hợp Sở Khoa học và Công nghệ nghiên cứu khoa học và ứng dụng tiến bộ kỹ thuật, công nghệ sạch, thân thiện môi trường, công nghệ xử lý chất thải vào các hoạt động sản xuất, canh tác trên địa bàn tỉnh.',
    textEn:
      'With Science and Technology, research and apply clean, environment-friendly and waste-treatment technology in production and farming.',
    planRef: 'VII.10 (dòng 715–717)',
  },
  {
    code: 'VII.11.a',
    agency: 'SNV',
    planAreas: ['III.8'],
    textVi:
      'Trên cơ sở biên chế Trung ương giao hàng năm xây dựng Kế hoạch, sắp xếp, bố trí cán bộ, công chức có đủ năng lực, trình độ làm công tác chuyên trách về hợp tác ASEAN đáp ứng yêu cầu hội nhập ASEAN và việc thực hiện Đề án.',
    textEn:
      'Each year, within the staffing quota, assign capable officials to work full-time on ASEAN cooperation.',
    planRef: 'VII.11 (dòng 719–722)',
  },
  {
    code: 'VII.11.b',
    agency: 'SNV',
    planAreas: ['III.8'],
    textVi:
      'Tăng cường đào tạo, bồi dưỡng, cập nhật kiến thức chuyên môn nghiệp vụ, ngoại ngữ cho cán bộ làm công tác hợp tác ASEAN nhằm xây dựng đội ngũ chuyên gia giỏi về nghiệp vụ và ngoại ngữ để tham gia tích cực vào hợp tác khu vực.',
    textEn:
      'Train the officials working on ASEAN cooperation in their profession and foreign languages, building a team of experts.',
    planRef: 'VII.11 (dòng 723–727)',
  },
  {
    code: 'III.12.a',
    agency: 'districts',
    planAreas: ['III.12'],
    textVi:
      'Chỉ đạo các đơn vị triển khai thực hiện hiệu quả các nội dung về lĩnh vực giáo dục, y tế, văn hóa, chính sách an sinh xã hội, thông tin, bảo vệ môi trường trên địa bàn.',
    textEn:
      "Direct the district's units in education, health, culture, social security, information and environmental protection.",
    planRef: 'III.12.a (dòng 470–472)',
  },
  {
    code: 'III.12.b',
    agency: 'districts',
    planAreas: ['III.12'],
    textVi:
      'Hàng năm, xây dựng các mục tiêu nhiệm vụ thực hiện mục tiêu Cộng đồng Văn hóa - Xã hội ASEAN vào chương trình, kế hoạch phát triển kinh tế - xã hội của địa phương và tổ chức triển khai thực hiện hiệu quả.',
    textEn:
      "Each year, write the ASEAN Socio-Cultural Community's goals into the district's development plan and carry them out.",
    planRef: 'III.12.b (dòng 473–476)',
  },
  {
    code: 'III.12.c',
    agency: 'districts',
    planAreas: ['III.12'],
    textVi:
      'Tăng cường công tác tuyên truyền, vận động, khuyến khích người dân tích cực tham gia các hoạt động, nhằm mục đích nâng cao chất lượng đời sống cho người dân.',
    textEn: 'Inform and encourage the people to take part, to raise their quality of life.',
    planRef: 'III.12.c (dòng 477–481)',
  },
  {
    code: 'VII.12.a',
    agency: 'districts',
    planAreas: ['III.12'],
    textVi:
      'Xây dựng chương trình, kế hoạch để triển khai thực hiện Kế hoạch này theo chức năng, nhiệm vụ được giao, hoàn thành vào cuối tháng 6/2017. Định kỳ trước ngày 15/12 hàng năm báo cáo kết quả thực hiện về UBND tỉnh.',
    textEn:
      "Draw up a programme and plan to carry out this plan by the end of June 2017; report the results to the Provincial People's Committee before 15 December each year.",
    due: '2017-06-30',
    planRef: 'VII.12 (dòng 728–733)',
  },
  {
    code: 'VII.12.b',
    agency: 'districts',
    planAreas: ['III.12'],
    textVi:
      'Phối hợp chặt chẽ với Sở Lao động - Thương binh và Xã hội tham mưu UBND tỉnh thực hiện đánh giá giữa kỳ vào năm 2020 và đánh giá cuối kỳ vào năm 2025.',
    textEn: 'With Labour, advise on the mid-term review in 2020 and the final review in 2025.',
    planRef: 'VII.12 (dòng 736–738)',
  },
];
