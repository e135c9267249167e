import { contentDisposition } from '../http/file-response.interceptor';

describe('file answers', () => {
  it('names a Vietnamese file exactly for browsers that read UTF-8 names, and plainly for the rest', () => {
    expect(contentDisposition('Chứng chỉ Đào tạo "2025".pdf')).toBe(
      `attachment; filename="Chung chi Dao tao _2025_.pdf"; filename*=UTF-8''${encodeURIComponent('Chứng chỉ Đào tạo "2025".pdf')}`,
    );
  });
});
