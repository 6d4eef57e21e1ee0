// Which Git host the CMS saves to in production, chosen by environment variables when the
// configuration is generated (docs/cms-backends.md). Without them the committed default
// applies: GitHub, to be completed before going live. On localhost `local_backend` wins
// whenever decap-server runs, whatever the backend says.

export type BackendName = 'github' | 'gitlab' | 'gitea';

export interface BackendChoice {
  backend: Record<string, unknown>;
  /** Gitea's Decap backend has no editorial workflow: it saves to its branch directly. */
  editorialWorkflow: boolean;
}

export class BackendConfigError extends Error {}

const get = (env: Readonly<Record<string, string | undefined>>, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/** The variables that choose the backend; the integration regenerates the config when one is set. */
export const BACKEND_ENV = ['CMS_BACKEND', 'CMS_REPO', 'CMS_BRANCH', 'CMS_BASE_URL', 'CMS_AUTH_ENDPOINT', 'CMS_APP_ID', 'CMS_API_ROOT'] as const;

export const DEFAULT_REPO = 'chua-cau-hinh/kho-noi-dung';

export function backendFromEnv(env: Readonly<Record<string, string | undefined>>): BackendChoice {
  const name = get(env, 'CMS_BACKEND') ?? 'github';
  const repo = get(env, 'CMS_REPO') ?? DEFAULT_REPO;
  if (!/^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)+$/.test(repo)) {
    throw new BackendConfigError(`CMS_REPO="${repo}" không đúng dạng "chủ-sở-hữu/tên-kho" (ví dụ so-ldtbxh/binh-dang-gioi).`);
  }
  const optional = (key: string, variable: string) => {
    const value = get(env, variable);
    return value === undefined ? {} : { [key]: value };
  };
  switch (name) {
    case 'github':
      return {
        backend: {
          name: 'github',
          repo,
          branch: get(env, 'CMS_BRANCH') ?? 'main',
          // Off Netlify, GitHub's OAuth needs a small proxy holding the client secret.
          ...optional('base_url', 'CMS_BASE_URL'),
          ...optional('auth_endpoint', 'CMS_AUTH_ENDPOINT'),
        },
        editorialWorkflow: true,
      };
    case 'gitlab': {
      const appId = get(env, 'CMS_APP_ID');
      if (appId === undefined) throw new BackendConfigError('CMS_BACKEND=gitlab cần CMS_APP_ID: mã ứng dụng (Application ID) tạo trong GitLab.');
      return {
        backend: {
          name: 'gitlab',
          repo,
          branch: get(env, 'CMS_BRANCH') ?? 'main',
          // PKCE: the browser signs in with GitLab directly, no server holds a secret.
          auth_type: 'pkce',
          app_id: appId,
          ...optional('base_url', 'CMS_BASE_URL'),
          ...optional('api_root', 'CMS_API_ROOT'),
        },
        editorialWorkflow: true,
      };
    }
    case 'gitea': {
      const appId = get(env, 'CMS_APP_ID');
      const baseUrl = get(env, 'CMS_BASE_URL');
      if (appId === undefined || baseUrl === undefined) {
        throw new BackendConfigError('CMS_BACKEND=gitea cần CMS_APP_ID (Client ID của ứng dụng OAuth2 trong Gitea) và CMS_BASE_URL (địa chỉ máy chủ Gitea).');
      }
      return {
        backend: {
          name: 'gitea',
          repo,
          // Saves go to this branch; the standing agency merges it into main by pull request.
          branch: get(env, 'CMS_BRANCH') ?? 'cms',
          app_id: appId,
          base_url: baseUrl,
          api_root: get(env, 'CMS_API_ROOT') ?? `${baseUrl.replace(/\/$/, '')}/api/v1`,
        },
        editorialWorkflow: false,
      };
    }
    default:
      throw new BackendConfigError(`CMS_BACKEND="${name}" không được hỗ trợ. Chọn một trong: github, gitlab, gitea.`);
  }
}
