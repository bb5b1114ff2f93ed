import { createTranslator, negotiateLocale } from '@http-status-i18n/core';
import en from '@http-status-i18n/locale-en';
import zhCN from '@http-status-i18n/locale-zh-cn';
import { describe, expect, it } from 'vitest';

const translator = createTranslator({ locales: [en, zhCN] });

describe('the Simplified Chinese locale', () => {
  it('is served for every tag a Simplified Chinese reader sends', () => {
    for (const tag of ['zh-CN', 'zh-Hans-CN', 'zh-Hans', 'zh', 'zh-SG', 'zh_CN']) {
      expect(translator.message(409, tag), tag).toBe(zhCN.statuses['409'].message);
    }
    expect(negotiateLocale('zh-CN,zh;q=0.9,en;q=0.8', translator.locales, 'en')).toBe('zh-CN');
  });

  it("keeps the source text's meaning of 409 and says it in current RFC 9110 terms", () => {
    const conflict = translator.status(409, 'zh-CN');
    expect(conflict.summary).toBe('存在冲突');
    expect(conflict.description).toMatch(/当前状态/);
    expect(conflict.description).toMatch(/重新提交/);
    expect(conflict.description).toMatch(/冲突的根源/);
    expect(conflict.description).not.toMatch(/只允许/);
  });

  it("keeps the source's short terms where they are right", () => {
    const kept = {
      200: '请求成功',
      204: '请求已成功处理，但无返回内容',
      301: '永久重定向',
      302: '临时重定向',
      403: '禁止访问',
      404: '请求的内容未找到或已删除',
      405: '不允许的请求方法',
      415: '无法处理的媒体格式',
      416: '请求的范围无效',
      423: '当前资源被锁定',
      431: '请求头过大',
      500: '服务器端程序错误',
      503: '服务器端临时错误',
      504: '网关超时',
    };
    for (const [code, summary] of Object.entries(kept)) {
      expect(zhCN.statuses[code as keyof typeof zhCN.statuses].summary, code).toBe(summary);
    }
  });

  it('corrects what the source got wrong', () => {
    const summary = (code: keyof typeof zhCN.statuses) => zhCN.statuses[code].summary;
    expect(summary('201')).toMatch(/创建/);
    // The source's terms, with the facts and spacing of today's texts.
    expect(summary('408')).toBe('服务器等待请求超时');
    expect(summary('410')).toMatch(/^资源已不存在/);
    expect(summary('414')).toBe('请求的 URI 过长');
    expect(summary('505')).toBe('服务器不支持请求的 HTTP 版本');
    expect(summary('400')).not.toMatch(/域名|绑定/);
    expect(summary('402')).not.toBe('-');
    expect(summary('411')).toMatch(/Content-Length/);
    expect(summary('421')).not.toMatch(/连接数/);
    expect(summary('425')).not.toMatch(/未知/);
    expect(summary('426')).toMatch(/Upgrade/);
    expect(summary('426')).not.toMatch(/TLS\/1\.0/);
    expect(summary('429')).toMatch(/一定时间内/);
    expect(summary('429')).not.toMatch(/并发/);
    expect(summary('502')).toMatch(/无效响应/);
    expect(summary('307')).toMatch(/不得改变请求方法/);
    expect(zhCN.statuses['304'].description).toMatch(/并非所有头都必须发送/);
    expect(zhCN.statuses['413'].name).toBe('请求内容过大');
    expect(zhCN.statuses['102'].description).toMatch(/已弃用/);
    expect(zhCN.statuses['305'].description).toMatch(/已弃用/);
    expect(zhCN.statuses['510'].description).toMatch(/废弃/);
  });

  it('speaks of content, not RFC 2616 entities', () => {
    for (const [code, texts] of Object.entries(zhCN.statuses)) {
      for (const text of Object.values(texts)) expect(text, code).not.toMatch(/实体/);
    }
  });
});
